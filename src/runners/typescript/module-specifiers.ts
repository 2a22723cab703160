/**
 * Finds and rewrites the module specifiers of a JavaScript module
 * (`import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`).
 *
 * A small scanner rather than a regular expression, so that a string, comment,
 * template or regular expression that merely contains `from "x"` is left alone.
 */

type Token = { kind: "string"; start: number; end: number; value: string } | { kind: "word" | "punct"; text: string };

/** Keywords after which a `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORD = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

/** Replaces each specifier for which `resolve` returns a string; others are kept. */
export function rewriteSpecifiers(code: string, resolve: (specifier: string) => string | undefined): string {
  let result = "";
  let copied = 0;
  for (const found of findSpecifiers(code)) {
    const replacement = resolve(found.value);
    if (replacement === undefined) continue;
    result += code.slice(copied, found.start) + JSON.stringify(replacement);
    copied = found.end;
  }
  return result + code.slice(copied);
}

/** The specifier string literals of a module, with their positions (quotes included). */
export function findSpecifiers(code: string): { start: number; end: number; value: string }[] {
  const found: { start: number; end: number; value: string }[] = [];
  const recent: Token[] = [];
  for (const token of scan(code)) {
    if (token.kind === "string" && isSpecifierPosition(recent)) found.push(token);
    recent.push(token);
    if (recent.length > 3) recent.shift();
  }
  return found;
}

function isSpecifierPosition(before: Token[]): boolean {
  const [third, second, last] = [before.at(-3), before.at(-2), before.at(-1)];
  if (last === undefined) return false;
  if (last.kind === "word" && last.text === "from") return true;
  const isImport = (token: Token | undefined, previous: Token | undefined): boolean =>
    token?.kind === "word" && token.text === "import" && !(previous?.kind === "punct" && previous.text === ".");
  if (isImport(last, second)) return true;
  return last.kind === "punct" && last.text === "(" && isImport(second, third);
}

function* scan(code: string): Generator<Token> {
  // Each `{` pushes false; each `${` inside a template pushes true, so a `}` knows where it returns to.
  const braces: boolean[] = [];
  let previous: Token | undefined;
  let i = 0;
  const emit = (token: Token): Token => (previous = token);
  while (i < code.length) {
    const char = code[i] ?? "";
    const next = code[i + 1] ?? "";
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === "/" && next === "/") {
      i = lineEnd(code, i);
    } else if (char === "/" && next === "*") {
      const close = code.indexOf("*/", i + 2);
      i = close === -1 ? code.length : close + 2;
    } else if (char === '"' || char === "'") {
      const end = quotedEnd(code, i, char);
      yield emit({ kind: "string", start: i, end, value: unquote(code.slice(i, end)) });
      i = end;
    } else if (char === "`" || (char === "}" && braces.at(-1) === true)) {
      if (char === "}") braces.pop();
      const [end, opensExpression] = templateEnd(code, i + 1);
      if (opensExpression) braces.push(true);
      yield emit({ kind: "punct", text: "`" });
      i = end;
    } else if (char === "/" && startsRegex(previous)) {
      i = regexEnd(code, i + 1);
      yield emit({ kind: "word", text: "/regex/" });
    } else if (/[\p{ID_Start}$_\d\\#]/u.test(char)) {
      const match = /^[\p{ID_Continue}$\\#]+/u.exec(code.slice(i, i + 256));
      const word = match?.[0] ?? char;
      yield emit({ kind: "word", text: word });
      i += word.length;
    } else {
      if (char === "{") braces.push(false);
      if (char === "}") braces.pop();
      yield emit({ kind: "punct", text: char });
      i += 1;
    }
  }
}

function startsRegex(previous: Token | undefined): boolean {
  if (previous === undefined) return true;
  if (previous.kind === "string") return false;
  if (previous.kind === "word") return REGEX_AFTER_WORD.has(previous.text);
  return !(previous.text === ")" || previous.text === "]" || previous.text === "}" || previous.text === "`");
}

function lineEnd(code: string, from: number): number {
  const newline = code.indexOf("\n", from);
  return newline === -1 ? code.length : newline;
}

function quotedEnd(code: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < code.length && code[i] !== quote && code[i] !== "\n") i += code[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, code.length);
}

/** From just after a backtick or `}`: the end of the template part, and whether it stopped at `${`. */
function templateEnd(code: string, from: number): [number, boolean] {
  let i = from;
  while (i < code.length) {
    if (code[i] === "\\") i += 2;
    else if (code[i] === "`") return [i + 1, false];
    else if (code[i] === "$" && code[i + 1] === "{") return [i + 2, true];
    else i += 1;
  }
  return [code.length, false];
}

function regexEnd(code: string, from: number): number {
  let i = from;
  let inClass = false;
  while (i < code.length && code[i] !== "\n") {
    const char = code[i];
    if (char === "\\") i += 1;
    else if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    else if (char === "/" && !inClass) break;
    i += 1;
  }
  i += 1;
  while (i < code.length && /[a-z]/i.test(code[i] ?? "")) i += 1;
  return i;
}

function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  // Specifiers are plain paths; escapes beyond the simple ones are not worth a full decoder.
  return body.replace(/\\(.)/g, "$1");
}
