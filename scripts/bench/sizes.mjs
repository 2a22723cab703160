/**
 * Sizes of dist/ by part. "Own JS per page" is what a lesson page loads
 * eagerly: its inline scripts plus the static-import closure of its module
 * scripts, without Monaco (loaded on demand) and the runtimes (workers).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** @param {string} dir @returns {string[]} paths relative to dir, with "/" */
function walk(dir, prefix = "") {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Files of _astro/ that `file` names: static imports only, or every reference. */
function references(dist, file, staticOnly) {
  const text = readFileSync(path.join(dist, file), "utf8");
  const pattern = staticOnly
    ? /(?:from|import)\s*"\.\/([^"]+)"/g
    : /["'`](?:\.\/|\/?_astro\/)([\w.-]+\.(?:js|css|ttf|woff2?))["'`]/g;
  return [...text.matchAll(pattern)].map((m) => `_astro/${m[1]}`);
}

function closure(dist, roots, staticOnly) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith(".js")) stack.push(...references(dist, file, staticOnly));
  }
  return seen;
}

/**
 * @param {string} dist absolute path of dist/
 * @param {string} lessonHtml path of a lesson page inside dist/
 */
export function measureSizes(dist, lessonHtml) {
  const files = walk(dist).filter((f) => !path.basename(f).startsWith("."));
  const html = readFileSync(path.join(dist, lessonHtml), "utf8");
  const pageScripts = [...html.matchAll(/<script type="module" src="\/(?:[^"]*\/)?(_astro\/[^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const own = closure(dist, pageScripts, true);
  const monacoRoots = files.filter((f) => /^_astro\/monaco-setup\.[^/]+\.js$/.test(f));
  const monaco = new Set([...closure(dist, monacoRoots, false)].filter((f) => !own.has(f)));
  // Monaco's own stylesheet is linked from pages too; count it with Monaco.
  for (const f of files) if (/^_astro\/(editor|tsMode)\.[^/]+\.css$/.test(f)) monaco.add(f);

  const parts = {
    pyodide: [],
    monaco: [],
    runnerWorkers: [],
    ownJsEager: [],
    otherJs: [],
    css: [],
    html: [],
    pagefind: [],
    other: [],
  };
  for (const f of files) {
    if (f.startsWith("pyodide/")) parts.pyodide.push(f);
    else if (f.startsWith("pagefind/")) parts.pagefind.push(f);
    else if (monaco.has(f)) parts.monaco.push(f);
    else if (/^_astro\/(python|typescript)\.worker-/.test(f)) parts.runnerWorkers.push(f);
    else if (own.has(f)) parts.ownJsEager.push(f);
    else if (f.endsWith(".js") || f.endsWith(".mjs")) parts.otherJs.push(f);
    else if (f.endsWith(".css")) parts.css.push(f);
    else if (f.endsWith(".html")) parts.html.push(f);
    else parts.other.push(f);
  }
  const result = {};
  for (const [name, list] of Object.entries(parts)) {
    let bytes = 0;
    let gzBytes = 0;
    for (const f of list) {
      const buffer = readFileSync(path.join(dist, f));
      bytes += statSync(path.join(dist, f)).size;
      gzBytes += gz(buffer);
    }
    result[name] = { files: list.length, bytes, gzBytes };
  }
  const inlineBytes = inline.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  const inlineGz = inline.reduce((sum, s) => sum + gz(Buffer.from(s)), 0);
  const pageJsGz = [...own].reduce((sum, f) => sum + gz(readFileSync(path.join(dist, f))), 0) + inlineGz;
  const total = Object.values(result).reduce((sum, p) => sum + p.bytes, 0);
  return {
    parts: result,
    totalBytes: total,
    lessonPage: {
      page: lessonHtml,
      moduleScripts: pageScripts,
      eagerFiles: [...own],
      inlineScriptBytes: inlineBytes,
      ownJsGzBytes: pageJsGz,
    },
  };
}
