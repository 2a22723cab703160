import { describe, expect, it } from "vitest";
import { parseDirectives } from "./directives.ts";
import { gapFor, parseKnownGaps } from "./known-gaps.ts";
import { dropForeignFrames, normalise } from "./normalise.ts";

describe("parseDirectives", () => {
  it("reads every kind of directive", () => {
    const source = [
      "# faithful: sort-lines",
      "# faithful: skip-cpython-below 3.13 (Queue.shutdown is new)",
      "# faithful: clocks virtual",
      "# faithful: stderr ignore-addresses",
      "# faithful: timeout 20",
      "# faithful: hangs",
    ].join("\n");
    expect(parseDirectives(source, "a.py")).toEqual({
      sortLines: ["stdout"],
      skipBelow: { version: [3, 13], reason: "Queue.shutdown is new" },
      clocks: ["virtual"],
      ignoreAddresses: true,
      timeoutSeconds: 20,
      hangs: true,
    });
  });

  it("names the file and line of a directive it does not know", () => {
    expect(() => parseDirectives("x = 1\n# faithful: sort-words", "t/a.py")).toThrow(
      't/a.py:2: unknown directive "sort-words"',
    );
    expect(() => parseDirectives("# faithful: skip-cpython-below 3.13", "a.py")).toThrow(
      "needs a version and a reason",
    );
  });
});

describe("normalise", () => {
  const directives = parseDirectives("", "a.py");
  const trace = [
    "Traceback (most recent call last):",
    '  File "/w/a.py", line 3, in <module>',
    "    main()",
    '  File "/usr/lib/python3.11/threading.py", line 9, in run',
    "    self._target()",
    "    ^^^^^^^^^^^^^^",
    '  File "/w/a.py", line 1, in main',
    "    1 / 0",
    "    ~~^~~",
    "ZeroDivisionError: division by zero",
    "",
  ].join("\n");

  it("shows the program by its base name and drops other files' frames, on any indentation", () => {
    const out = normalise(
      { stdout: "x", stderr: trace, exitCode: 1 },
      { directives, basename: "a.py", absolutePath: "/w/a.py", olderThan313: false },
    );
    expect(out.stdout).toBe("x\n");
    expect(out.stderr).not.toContain("threading.py");
    expect(out.stderr).toContain('  File "a.py", line 1, in main\n    1 / 0\n    ~~^~~\n');
    expect(dropForeignFrames('    |   File "/x/t.py", line 2, in f\n    |     g()\n    | E: 1', "a.py")).toBe(
      "    | E: 1",
    );
  });

  it("drops caret lines and renames shutdown warnings only for CPython before 3.13", () => {
    const old = normalise(
      { stdout: "", stderr: `${trace}sys:1: RuntimeWarning: w\n`, exitCode: 1 },
      { directives, basename: "a.py", absolutePath: "/w/a.py", olderThan313: true },
    );
    expect(old.stderr).not.toContain("~~^~~");
    expect(old.stderr).toContain("<sys>:0: RuntimeWarning: w");
  });

  it("sorts lines only when asked", () => {
    const sorted = parseDirectives("# faithful: sort-lines", "a.py");
    expect(
      normalise(
        { stdout: "b\na\n", stderr: "", exitCode: 0 },
        { directives: sorted, basename: "a.py", olderThan313: false },
      ).stdout,
    ).toBe("a\nb\n");
    expect(
      normalise({ stdout: "b\na\n", stderr: "", exitCode: 0 }, { directives, basename: "a.py", olderThan313: false })
        .stdout,
    ).toBe("b\na\n");
  });
});

describe("parseKnownGaps", () => {
  const programs = new Set(["t/a.py", "t/b.py"]);
  it("reads paths, optional clocks and reasons, skipping comments", () => {
    const gaps = parseKnownGaps("# c\nt/a.py: no threads\nt/b.py@virtual: by design\n", programs);
    expect(gapFor(gaps, "t/a.py", "real")).toBe("no threads");
    expect(gapFor(gaps, "t/b.py", "real")).toBeUndefined();
    expect(gapFor(gaps, "t/b.py", "virtual")).toBe("by design");
  });

  it("rejects unknown programs and lines without a reason", () => {
    expect(() => parseKnownGaps("t/c.py: gone", programs)).toThrow('known-gaps.txt:1: no program "t/c.py"');
    expect(() => parseKnownGaps("t/a.py", programs)).toThrow("known-gaps.txt:1: expected");
  });
});
