import { Writable } from "node:stream";
import { Console } from "node:console";
import { format as nodeFormat, inspect as nodeInspect } from "node:util";
import { describe, expect, it } from "vitest";
import { formatLogArgs, inspect } from "../../src/runners/typescript/console-format.ts";
import { formatTable } from "../../src/runners/typescript/console-table.ts";

class Point {
  x = 1;
  y = 2;
}

/** Values whose rendering must match Node's util.inspect exactly. */
const SAME_AS_NODE: [string, unknown][] = [
  ["primitives", [1, -0, 2n, "s", true, null, undefined, Symbol("k")]],
  ["quotes", ["it's", 'say "hi"', "tab\tand\nnewline"]],
  ["nested beyond depth 2", { a: { b: { c: { d: 1 } } }, list: [[[[1]]]] }],
  [
    "map and set",
    {
      m: new Map<unknown, unknown>([
        [1, { x: 1 }],
        ["k", [2]],
      ]),
      s: new Set(["a", 3]),
    },
  ],
  [
    "functions and classes",
    {
      f() {},
      g: class Q {
        q = 1;
      },
      h: async () => await Promise.resolve(1),
      anon: [() => 0],
    },
  ],
  ["keys needing quotes and symbol keys", { "bad-key": 1, ok_key: 2, [Symbol("sym")]: 3 }],
  ["class instance and null prototype", [new Point(), Object.create(null) as object]],
  ["holes and extra array properties", [new Array(3), Object.assign([1, 2], { extra: true })]],
  ["dates and regexps", { d: new Date(0), r: /x+/gi }],
  ["typed arrays", new Uint8Array([1, 2, 3])],
  ["empty containers", [[], {}, new Map(), new Set()]],
  ["long arrays break onto lines", ["a".repeat(27), "b".repeat(33), "c".repeat(26)]],
  ["long objects break onto lines", { longkeyname1: "a".repeat(17), longkeyname2: "b".repeat(18), k: { z: 1 } }],
  ["more than 100 items", Array.from({ length: 102 }, () => "x")],
  ["numbers in aligned columns", Array.from({ length: 30 }, (_, i) => i * 7)],
  ["short strings in columns", ["a", "bb", "ccc", "dddd", "e", "ff", "ggg", "h"]],
  [
    "nested number arrays",
    {
      results: [
        [1, 2, 3, 4, 5, 6, 7],
        [10, 20, 30, 40, 50, 60, 70],
      ],
    },
  ],
  ["getters", Object.defineProperty({}, "g", { get: () => 1, enumerable: true })],
];

describe("inspect", () => {
  it.each(SAME_AS_NODE)("renders %s like Node", (_name, value) => {
    expect(inspect(value)).toBe(nodeInspect(value));
  });

  it("marks circular references", () => {
    const node: { name: string; self?: unknown } = { name: "n" };
    node.self = node;
    expect(inspect(node)).toBe("{ name: 'n', self: [Circular] }");
  });

  it("renders a top-level error with describeError and a nested one briefly", () => {
    const error = new TypeError("bad");
    expect(inspect(error, { describeError: (e) => `described ${e.name}` })).toBe("described TypeError");
    expect(inspect({ error })).toBe("{ error: [TypeError: bad] }");
  });
});

describe("formatLogArgs", () => {
  it.each([
    [["%s is %d years", "Bob", 42.5, "extra"]],
    [["%i%% done, %O", 99.9, { a: [1] }]],
    [["%j", { a: 1 }]],
    [["no placeholders", { a: 1 }, [2]]],
    [["%s", { a: { b: { c: 1 } } }]],
    [["%c styled", "color: red"]],
    [["missing %s and %d"]],
    [[{ not: "a format" }, "%s"]],
  ])("formats %j like Node", (args) => {
    expect(formatLogArgs(args)).toBe(nodeFormat(...args));
  });
});

function nodeTable(data: unknown, columns?: string[]): string {
  let out = "";
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  new Console({ stdout: sink, colorMode: false }).table(data, columns);
  return out.trimEnd();
}

describe("formatTable", () => {
  it.each<[string, unknown, string[]?]>([
    [
      "rows of objects",
      [
        { a: 1, b: "Y" },
        { a: "Z", b: 2, c: { x: [1, 2] } },
      ],
    ],
    ["an object of rows with primitive values", { r1: { a: 1 }, r2: 5 }],
    ["an array of primitives and arrays", [1, "two", [3]]],
    ["a map", new Map([["k", { v: 1 }]])],
    ["a set", new Set(["a", "b"])],
    ["chosen columns", [{ a: 1, b: 2 }], ["b"]],
  ])("lays out %s like Node", (_name, data, columns) => {
    expect(formatTable(data, columns)).toBe(nodeTable(data, columns));
  });

  it("declines non-tabular data", () => {
    expect(formatTable(5)).toBeUndefined();
  });
});
