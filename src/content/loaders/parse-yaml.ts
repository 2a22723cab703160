import { parseDocument } from "yaml";

/** The outcome of {@link parseYaml}: the plain value, or one message per syntax error. */
export type YamlResult = { ok: true; value: unknown } | { ok: false; problems: string[] };

/**
 * Parses YAML text into plain data. Syntax errors become messages that name
 * the file, the line and the column (1-based), e.g.
 * `…/exercise.yaml: YAML syntax error at line 3, column 8: …`.
 */
export function parseYaml(text: string, displayPath: string): YamlResult {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length === 0) return { ok: true, value: doc.toJS() };
  const problems = doc.errors.map((error) => {
    const { line, column } = lineAndColumn(text, error.pos[0]);
    return `${displayPath}: YAML syntax error at line ${line}, column ${column}: ${error.message.split("\n")[0]}`;
  });
  return { ok: false, problems };
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
