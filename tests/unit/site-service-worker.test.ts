import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

/**
 * Runs public/sw.js in a sandbox with fake `self`, `caches` and `fetch`, and
 * drives it through its install/activate/fetch events as a browser would.
 */
const source = readFileSync(path.resolve(import.meta.dirname, "../../public/sw.js"), "utf8");
const ORIGIN = "https://learn.example";

type Listener = (event: unknown) => void;

function basic(body: string, init: ResponseInit = {}): Response {
  const response = new Response(body, init);
  // Same-origin fetches in a browser are "basic"; Node's Response says "default".
  Object.defineProperty(response, "type", { value: "basic" });
  return response;
}

function setup(version = "1", initialCaches: string[] = []) {
  const listeners = new Map<string, Listener>();
  const stores = new Map<string, Map<string, Response>>(initialCaches.map((n) => [n, new Map()]));
  const fetched: string[] = [];
  let network: ((url: string) => Response) | null = (url) =>
    basic(`body of ${url}`, { headers: { "Content-Type": "text/plain" } });
  const caches = {
    open: (name: string) => {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return Promise.resolve({
        match: (request: Request) => Promise.resolve(store.get(request.url)?.clone()),
        put: (request: Request, response: Response) => Promise.resolve(void store.set(request.url, response)),
      });
    },
    keys: () => Promise.resolve([...stores.keys()]),
    delete: (name: string) => Promise.resolve(stores.delete(name)),
  };
  const self = {
    location: { href: `${ORIGIN}/course/sw.js?v=${version}`, origin: ORIGIN },
    registration: { scope: `${ORIGIN}/course/` },
    clients: { claim: () => Promise.resolve() },
    skipWaiting: () => undefined,
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const fetch = (request: Request) => {
    fetched.push(request.url);
    return network ? Promise.resolve(network(request.url)) : Promise.reject(new TypeError("Failed to fetch"));
  };
  vm.runInNewContext(source, { self, caches, fetch, URL, Headers, Response, Request, Promise, Object, Set });

  return {
    stores,
    fetched,
    goOffline: () => {
      network = null;
    },
    /** Dispatches a fetch event; resolves to the response, or null when the worker did not answer. */
    request(url: string, init: RequestInit = {}): Promise<Response | null> {
      let answer: Promise<Response | null> = Promise.resolve(null);
      listeners.get("fetch")?.({
        request: new Request(url, init),
        respondWith: (p: Promise<Response>) => (answer = p),
      });
      return answer;
    },
    async activate(): Promise<void> {
      let done: Promise<unknown> = Promise.resolve();
      listeners.get("activate")?.({ waitUntil: (p: Promise<unknown>) => (done = p) });
      await done;
    },
  };
}

describe("service worker", () => {
  it("adds the cross-origin isolation headers to same-origin responses", async () => {
    const sw = setup();
    const response = await sw.request(`${ORIGIN}/course/lessons/01-x/`, { headers: { Accept: "text/html" } });
    expect(response?.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(response?.headers.get("Cross-Origin-Embedder-Policy")).toBe("require-corp");
    expect(response?.headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
    expect(response?.headers.get("Content-Type")).toBe("text/plain");
    expect(await response?.text()).toBe(`body of ${ORIGIN}/course/lessons/01-x/`);
  });

  it("leaves other origins, other paths and non-GET requests to the browser", async () => {
    const sw = setup();
    expect(await sw.request("https://cdn.example/pyodide.mjs")).toBeNull();
    expect(await sw.request(`${ORIGIN}/elsewhere/page/`)).toBeNull();
    expect(await sw.request(`${ORIGIN}/course/api`, { method: "POST", body: "x" })).toBeNull();
    expect(sw.fetched).toEqual([]);
  });

  it("serves the Pyodide runtime from the cache once it has been fetched", async () => {
    const sw = setup();
    const url = `${ORIGIN}/course/pyodide/pyodide.asm.wasm`;
    await sw.request(url);
    sw.goOffline();
    const again = await sw.request(url);
    expect(await again?.text()).toBe(`body of ${url}`);
    expect(again?.headers.get("Cross-Origin-Embedder-Policy")).toBe("require-corp");
    expect(sw.fetched).toEqual([url]);
  });

  it("prefers the network for pages and falls back to the cache offline", async () => {
    const sw = setup();
    const html = { headers: { Accept: "text/html" } };
    const url = `${ORIGIN}/course/`;
    await sw.request(url, html);
    await sw.request(url, html);
    expect(sw.fetched).toEqual([url, url]);
    sw.goOffline();
    expect(await (await sw.request(url, html))?.text()).toBe(`body of ${url}`);
    const unseen = await sw.request(`${ORIGIN}/course/lessons/02-y/`, html);
    expect(unseen?.status).toBe(503);
    expect(await unseen?.text()).toContain("You are offline");
  });

  it("drops the caches of older versions when a new version activates", async () => {
    const sw = setup("2", ["pc-runtime-1", "pc-pages-1", "pc-runtime-2", "someone-else"]);
    await sw.activate();
    expect([...sw.stores.keys()].sort()).toEqual(["pc-runtime-2", "someone-else"]);
  });
});
