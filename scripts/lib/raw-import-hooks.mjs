/**
 * Node module hooks that give plain Node what Vite gives the site and the
 * tests: `import text from "./file.py?raw"` yields the file's text. Lets the
 * command-line runner load exactly the Python sources the browser uses.
 */
import { readFile } from "node:fs/promises";

export async function resolve(specifier, context, nextResolve) {
  if (!specifier.endsWith("?raw")) return nextResolve(specifier, context);
  const url = new URL(specifier, context.parentURL);
  return { url: url.href, shortCircuit: true, format: "module" };
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith("?raw")) return nextLoad(url, context);
  const text = await readFile(new URL(url.slice(0, -"?raw".length)), "utf8");
  return { format: "module", shortCircuit: true, source: `export default ${JSON.stringify(text)};` };
}
