import { describe, expect, it } from "vitest";
import { findSpecifiers, rewriteSpecifiers } from "../../src/runners/typescript/module-specifiers.ts";
import { transpileTypeScript } from "../../src/runners/typescript/transpile.ts";

const options = { filename: "main.ts", main: true };

describe("transpileTypeScript", () => {
  it("strips types and keeps every line where it was", () => {
    const source =
      'import type { A } from "./a";\ninterface B {\n  x: number;\n}\nconst y: number = 1;\nexport { y };\n';
    const result = transpileTypeScript(source, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.code.split("\n");
    expect(lines).toHaveLength(source.split("\n").length);
    expect(lines[4]).toBe("const y = 1;");
    expect(result.code).not.toContain("./a");
  });

  it("keeps ES imports and exports as ES modules", () => {
    const result = transpileTypeScript('import { f } from "./net";\nexport const g = f;\n', options);
    expect(result.ok && result.code).toContain('import { f } from "./net";');
  });

  it("sets import.meta.main on the first line", () => {
    const plain = transpileTypeScript("console.log(1);", options);
    const graded = transpileTypeScript("console.log(1);", { ...options, main: false });
    expect(plain.ok && plain.code).toBe("import.meta.main = true;console.log(1);");
    expect(graded.ok && graded.code).toBe("import.meta.main = false;console.log(1);");
  });

  it("returns a SyntaxError with the 1-based line", () => {
    const result = transpileTypeScript("const a = 1;\n\nlet b: = 2;\n", options);
    expect(result).toEqual({
      ok: false,
      error: {
        type: "SyntaxError",
        message: "Unexpected token",
        line: 3,
        traceback: "SyntaxError: Unexpected token\n    at main.ts:3:8",
      },
    });
  });

  it("reports an unterminated template", () => {
    const result = transpileTypeScript("const a = 1;\nconst s = `abc", options);
    expect(!result.ok && result.error).toMatchObject({ message: "Unterminated template", line: 2 });
  });
});

describe("module specifiers", () => {
  it("finds static, re-export, side-effect and dynamic imports", () => {
    const code = [
      'import { a } from "./a";',
      "import b from './b.ts';",
      'export * from "./c";',
      'export { d } from "./d";',
      'import "./e";',
      'const f = await import("./f");',
      'import * as g from "grader";',
    ].join("\n");
    expect(findSpecifiers(code).map((found) => found.value)).toEqual([
      "./a",
      "./b.ts",
      "./c",
      "./d",
      "./e",
      "./f",
      "grader",
    ]);
  });

  it("ignores look-alikes in strings, comments, templates and regular expressions", () => {
    const code = [
      "const s = \"import x from './no1'\";",
      "// import y from './no2'",
      "/* export * from './no3' */",
      "const t = `from './no4' ${'./no5'}`;",
      "const r = /from './no6'/g;",
      "const q = a / 2 / 'x'.length;",
      "const m = import.meta.url;",
      'import { z } from "./yes";',
    ].join("\n");
    expect(findSpecifiers(code).map((found) => found.value)).toEqual(["./yes"]);
  });

  it("rewrites only the specifiers the resolver knows", () => {
    const code = 'import { a } from "./a";\nimport { b } from "./b";';
    const rewritten = rewriteSpecifiers(code, (specifier) => (specifier === "./a" ? "data:x" : undefined));
    expect(rewritten).toBe('import { a } from "data:x";\nimport { b } from "./b";');
  });
});
