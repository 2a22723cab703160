/**
 * One small static server for the benchmark: serves dist/ and the bare-Pyodide
 * baseline page under /__baseline/ with the same headers for both (isolation
 * headers, MIME types, ETag/Last-Modified revalidation, the Cache-Control rules
 * of dist/_headers, optional gzip), so any difference comes from the pages.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";

const BASELINE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "baseline");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};
const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg)/;
const ISOLATION = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/**
 * Reads the path rules of a Netlify-style `_headers` file, keeping only Cache-Control.
 * @param {string} file
 * @returns {{ pattern: RegExp, value: string }[]}
 */
function cacheRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  let pattern;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      pattern = new RegExp(`^${glob}$`);
    } else if (pattern) {
      const match = /^\s*cache-control:\s*(.+)$/i.exec(line);
      if (match) rules.push({ pattern, value: match[1].trim() });
    }
  }
  return rules;
}

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {{ root: string, gzip?: boolean }} options
 * @returns {Promise<{ origin: string, close(): Promise<void>, requests: Map<string, number> }>}
 */
export async function startServer({ root, gzip = false }) {
  const rules = cacheRules(path.join(root, "_headers"));
  /** Response codes seen, for the report (e.g. how many 304s a warm load got). */
  const requests = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname = decodeURIComponent(url.pathname);
    const base = pathname.startsWith("/__baseline/") ? BASELINE_DIR : root;
    const relative = base === BASELINE_DIR ? pathname.slice("/__baseline".length) : pathname;
    let file = path.join(base, path.normalize(relative));
    if (!file.startsWith(base)) return send(res, 403, "Forbidden");
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { Location: `${pathname}/`, ...ISOLATION });
        return res.end();
      }
      file = path.join(file, "index.html");
    }
    if (!existsSync(file)) {
      count(requests, 404);
      return send(res, 404, "Not found");
    }
    const stat = statSync(file);
    const type = MIME[path.extname(file)] ?? "application/octet-stream";
    const zipped = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const etag = `"${createHash("sha1").update(`${file}:${stat.size}:${stat.mtimeMs}:${zipped}`).digest("hex").slice(0, 16)}"`;
    const headers = {
      ...ISOLATION,
      "Content-Type": type,
      ETag: etag,
      "Last-Modified": stat.mtime.toUTCString(),
      Vary: "Accept-Encoding",
    };
    const rule = rules.findLast((r) => r.pattern.test(pathname));
    if (rule) headers["Cache-Control"] = rule.value;
    const since = req.headers["if-modified-since"];
    if (
      req.headers["if-none-match"] === etag ||
      (!req.headers["if-none-match"] && since && Date.parse(since) >= Math.trunc(stat.mtimeMs / 1000) * 1000)
    ) {
      count(requests, 304);
      res.writeHead(304, headers);
      return res.end();
    }
    count(requests, 200);
    if (zipped) {
      res.writeHead(200, { ...headers, "Content-Encoding": "gzip" });
      createReadStream(file)
        .pipe(createGzip({ level: 6 }))
        .pipe(res);
    } else {
      res.writeHead(200, { ...headers, "Content-Length": stat.size });
      createReadStream(file).pipe(res);
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function count(map, code) {
  map.set(code, (map.get(code) ?? 0) + 1);
}

function send(res, status, text) {
  res.writeHead(status, { ...ISOLATION, "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}
