import type { z } from "zod";

/**
 * Turns a zod error into lines an author can act on: each names the file,
 * the field path (`checks[1].max`), what was expected and what was found.
 * Pure, so content scripts and tests can use it without Astro.
 *
 * Parse with `{ reportInput: true }` so issues carry the offending value; when
 * they do not, `input` (the whole parsed document) is walked along the path.
 */
export function formatContentError(file: string, error: z.ZodError, input?: unknown): string {
  return error.issues.map((issue) => `${file}: ${formatIssue(issue, input)}`).join("\n");
}

/** Formats a zod path as a field path: `["checks", 1, "max"]` → `checks[1].max`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(top level)" : out;
}

/** Describes a value the way an error message quotes it: `"fast"`, `3`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length > 60 ? `${quoted.slice(0, 57)}…"` : quoted;
  }
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length === 0 ? "an empty mapping" : `a mapping with ${keys.join(", ")}`;
  }
  return typeof value === "number" || typeof value === "boolean" || typeof value === "bigint"
    ? String(value)
    : typeof value;
}

type Issue = z.core.$ZodIssue;

function formatIssue(issue: Issue, document: unknown): string {
  const where = formatPath(issue.path);
  const found = "input" in issue && issue.input !== undefined ? issue.input : valueAt(document, issue.path);
  switch (issue.code) {
    case "invalid_type":
      return `${where}: expected ${article(issue.expected)}, found ${describeValue(found)}`;
    case "invalid_value":
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${describeValue(found)}`;
    case "too_small":
      return `${where}: expected ${bound(issue.origin, "at least", issue.minimum, issue.inclusive)}, found ${describeValue(found)}`;
    case "too_big":
      return `${where}: expected ${bound(issue.origin, "at most", issue.maximum, issue.inclusive)}, found ${describeValue(found)}`;
    case "invalid_format":
      return `${where}: expected ${issue.message}, found ${describeValue(found)}`;
    case "unrecognized_keys":
      return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; expected only the documented fields (check the spelling)`;
    case "invalid_union": {
      if ("discriminator" in issue && typeof issue.discriminator === "string") {
        const options = "options" in issue && Array.isArray(issue.options) ? issue.options : [];
        const value = isRecord(found) ? found[issue.discriminator] : found;
        return `${where}: expected one of ${options.map((o) => JSON.stringify(o)).join(", ")}, found ${describeValue(value)}`;
      }
      return `${where}: ${issue.message}, found ${describeValue(found)}`;
    }
    default:
      // Custom refinements already say what is wrong in the author's terms.
      return `${where}: ${issue.message}`;
  }
}

function bound(origin: string, word: string, limit: number | bigint, inclusive: boolean | undefined): string {
  const n = Number(limit);
  if (origin === "array" || origin === "set") return `${word} ${n} item${n === 1 ? "" : "s"}`;
  if (origin === "string") return n === 1 && word === "at least" ? "a non-empty string" : `${word} ${n} characters`;
  const op = word === "at least" ? (inclusive ? ">=" : ">") : inclusive ? "<=" : "<";
  return `a number ${op} ${n}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    array: "a list",
    object: "a mapping",
    string: "a string",
    number: "a number",
    boolean: "true or false",
    int: "an integer",
  };
  return names[expected] ?? `a value of type ${expected}`;
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = document;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isRecord(current) && typeof key === "string") current = current[key];
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
