import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/bench/server.mjs";

interface Server {
  origin: string;
  close(): Promise<void>;
}

let server: Server;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), "pc-bench-"));
  mkdirSync(path.join(root, "pyodide"));
  writeFileSync(path.join(root, "pyodide", "pyodide.asm.wasm"), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(root, "index.html"), "<!doctype html><p>hi</p>");
  writeFileSync(path.join(root, "_headers"), "/pyodide/*\n  Cache-Control: public, max-age=604800\n");
  server = await startServer({ root });
});

afterAll(() => server.close());

describe("bench server", () => {
  it("sends the isolation headers and the wasm MIME type, with the host's cache rule", async () => {
    const response = await fetch(`${server.origin}/pyodide/pyodide.asm.wasm`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/wasm");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(response.headers.get("cache-control")).toBe("public, max-age=604800");
  });

  it("answers a revalidation with 304 when the ETag matches", async () => {
    const first = await fetch(`${server.origin}/`);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.origin}/`, { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });

  it("serves the baseline page and its worker under /__baseline/", async () => {
    const page = await fetch(`${server.origin}/__baseline/`);
    expect(await page.text()).toContain('new Worker("./worker.mjs"');
    const worker = await fetch(`${server.origin}/__baseline/worker.mjs`);
    expect(worker.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await worker.text()).toContain("loadPyodide");
  });

  it("refuses paths outside its root", async () => {
    const response = await fetch(`${server.origin}/..%2f..%2fetc/passwd`);
    expect([403, 404]).toContain(response.status);
  });
});
