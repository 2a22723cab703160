/*
 * Service worker of "Python concurrency, hands-on". Two jobs:
 *
 * 1. Cross-origin isolation on hosts that cannot set headers. Every
 *    same-origin response it serves carries COOP/COEP/CORP, so once it
 *    controls the page (the page reloads once, see BaseLayout) the page is
 *    crossOriginIsolated and SharedArrayBuffer works. This is the
 *    coi-serviceworker approach. On hosts that send the headers (public/_headers)
 *    it changes nothing.
 * 2. Offline use. Pyodide's runtime (/pyodide/) and Vite's hashed assets
 *    (/_astro/) are cache-first: their URLs change when their content does,
 *    or the cache is versioned. Pages and everything else are network-first,
 *    falling back to the cache when offline.
 *
 * It only ever answers requests for its own origin and scope; it never fetches
 * anything the page did not ask for, and never anything off-origin.
 *
 * Registered as `<base>sw.js?v=<version>` with scope `<base>`; a new version
 * installs a new worker, which drops the caches of older versions.
 */

const VERSION = new URL(self.location.href).searchParams.get("v") || "0";
const PREFIX = "pc-";
const RUNTIME_CACHE = `${PREFIX}runtime-${VERSION}`;
const PAGES_CACHE = `${PREFIX}pages-${VERSION}`;
const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

function scopePath() {
  return new URL(self.registration.scope).pathname;
}

/**
 * Copies a response with the isolation headers added. Opaque responses cannot
 * be copied, and responses that already carry the headers are passed through
 * untouched: a copy loses the browser's compiled-code cache for the response
 * (Pyodide's 9.6 MB wasm would recompile on every visit).
 */
function isolate(response) {
  if (response.status === 0 || response.type === "opaque" || response.type === "opaqueredirect") return response;
  const present = Object.entries(ISOLATION_HEADERS).every(([name, value]) => response.headers.get(name) === value);
  if (present) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function cacheable(response) {
  return response.ok && response.status === 200 && response.type === "basic";
}

/**
 * Stores a copy of `response` in the background: the page gets the body as it
 * streams in (so the wasm compiles while it downloads) instead of after the
 * whole file has been written to the cache.
 */
function store(event, cache, request, response) {
  if (!cacheable(response)) return;
  const stored = cache.put(request, response.clone()).catch(() => {});
  // Keeps the worker alive until the copy is stored; optional so that plain event objects work too.
  event.waitUntil?.(stored);
}

async function cacheFirst(event, cacheName) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  store(event, cache, event.request, response);
  return response;
}

async function networkFirst(event, cacheName, isPage) {
  const { request } = event;
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    store(event, cache, request, response);
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    if (!isPage) throw error;
    return new Response(
      "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>" +
        "<title>Offline</title><h1>You are offline</h1>" +
        "<p>This page has not been saved on this device yet. Pages you have opened before work offline.</p>",
      { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } },
    );
  }
}

/** Picks how to answer a request, or null to leave it to the browser. */
function route(request) {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  // A Chrome quirk: such requests fail when answered by a service worker.
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return null;
  const scope = scopePath();
  if (!url.pathname.startsWith(scope)) return null;
  const path = url.pathname.slice(scope.length);
  if (path.startsWith("pyodide/") || path.startsWith("_astro/")) return "cache-first";
  const isPage = request.mode === "navigate" || (request.headers.get("Accept") || "").includes("text/html");
  return isPage ? "page" : "network-first";
}

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([RUNTIME_CACHE, PAGES_CACHE]);
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && !keep.has(n)).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const strategy = route(event.request);
  if (strategy === null) return;
  const answer =
    strategy === "cache-first"
      ? cacheFirst(event, RUNTIME_CACHE)
      : strategy === "page"
        ? networkFirst(event, PAGES_CACHE, true)
        : networkFirst(event, RUNTIME_CACHE, false);
  event.respondWith(answer.then(isolate));
});
