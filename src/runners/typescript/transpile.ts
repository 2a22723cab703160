/**
 * TypeScript → JavaScript with sucrase. Sucrase only strips types, so the
 * output keeps every line where it was: stack traces of the JavaScript point
 * at the right line of the learner's TypeScript without a source map.
 */
import { transform } from "sucrase";
import type { RunError } from "../protocol.ts";

export type TranspileResult = { ok: true; code: string } | { ok: false; error: RunError };

export interface TranspileOptions {
  /** Name shown in the error, e.g. `main.ts`. */
  filename: string;
  /** Value of `import.meta.main`: true in a plain run, false when a harness imports the file. */
  main: boolean;
}

interface SucraseSyntaxError extends Error {
  loc?: { line: number; column: number };
}

/** Transpiles one module; ESM imports and exports are kept as they are. */
export function transpileTypeScript(source: string, options: TranspileOptions): TranspileResult {
  let code: string;
  try {
    code = transform(source, {
      transforms: ["typescript"],
      disableESTransforms: true,
      filePath: options.filename,
    }).code;
  } catch (caught) {
    return { ok: false, error: syntaxError(caught, options.filename) };
  }
  // Set on the first line, without a newline, so that line numbers do not move.
  // Assigning the property (rather than replacing the text `import.meta.main`)
  // cannot touch strings or comments that happen to contain those words.
  return { ok: true, code: `import.meta.main = ${String(options.main)};${code}` };
}

function syntaxError(caught: unknown, filename: string): RunError {
  const error = caught as SucraseSyntaxError;
  const line = error.loc?.line;
  // Sucrase appends " (line:column)"; the learner sees the position in the traceback instead.
  const message = (caught instanceof Error ? error.message : String(caught))
    .replace(/^Error transforming [^:]*: /, "")
    .replace(/ \(\d+:\d+\)$/, "");
  // Sucrase's `loc.column` is already 1-based.
  const where = line === undefined ? filename : `${filename}:${line}:${error.loc?.column ?? 1}`;
  return {
    type: "SyntaxError",
    message,
    traceback: `SyntaxError: ${message}\n    at ${where}`,
    ...(line === undefined ? {} : { line }),
  };
}
