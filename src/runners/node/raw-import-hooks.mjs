/**
 * Module hooks that give plain Node what Vite gives the site and the tests:
 * `import text from "./file.py?raw"` yields the file's text. Lets the
 * command-line runner load exactly the Python sources the browser uses.
 * Synchronous hooks for `module.registerHooks` (Node 22.15+).
 */
import { readFileSync } from "node:fs";

const RAW = "?raw";

export function resolve(specifier, context, nextResolve) {
  if (!specifier.endsWith(RAW)) return nextResolve(specifier, context);
  return { url: new URL(specifier, context.parentURL).href, shortCircuit: true, format: "module" };
}

export function load(url, context, nextLoad) {
  if (!url.endsWith(RAW)) return nextLoad(url, context);
  const text = readFileSync(new URL(url.slice(0, -RAW.length)), "utf8");
  return { format: "module", shortCircuit: true, source: `export default ${JSON.stringify(text)};` };
}
