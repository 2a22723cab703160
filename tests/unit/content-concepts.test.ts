import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConceptFile, readConceptFile } from "../../src/content/loaders/concept-map.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const conceptsFile = path.join(repo, "src/content/concepts.yaml");
// The curriculum the concept map was converted from; CI clones shared/ beside the repository.
const curriculum = path.resolve(repo, "../shared/curriculum/concepts.md");

describe("src/content/concepts.yaml", () => {
  const map = readConceptFile(conceptsFile);

  it("lists every concept once, schema-valid", () => {
    const ids = map.concepts.map((c) => c.id);
    expect(ids.length).toBe(65);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("records the corrections, each tied to known concepts", () => {
    const ids = new Set(map.concepts.map((c) => c.id));
    expect(map.corrections.map((c) => c.id)).toEqual([
      "gil-implementations",
      "asyncio-run-needs-coroutine",
      "get-running-loop",
      "recursion-parallelises",
      "append-atomicity",
    ]);
    for (const correction of map.corrections) for (const id of correction.concepts) expect(ids).toContain(id);
  });

  it.skipIf(!existsSync(curriculum))("holds exactly the ids of the shared curriculum", () => {
    const expected = [...readFileSync(curriculum, "utf8").matchAll(/^- `([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(map.concepts.map((c) => c.id).sort()).toEqual(expected.sort());
  });
});

describe("parseConceptFile", () => {
  const concept = (id: string) => `  - {id: ${id}, source: s.txt, summary: S}\n`;

  it("rejects duplicate ids, naming the entry", () => {
    expect(() => parseConceptFile(`concepts:\n${concept("a")}${concept("a")}`, "c.yaml")).toThrow(
      'c.yaml: concepts[1].id: duplicate concept id "a"',
    );
  });

  it("rejects a correction that names an unknown concept", () => {
    const text = `concepts:\n${concept("a")}corrections:\n  - {id: x, concepts: [b], dated: D, today: T}\n`;
    expect(() => parseConceptFile(text, "c.yaml")).toThrow(
      'c.yaml: corrections[0].concepts[0]: unknown concept id "b"; expected an id listed under concepts:',
    );
  });

  it("rejects a bad id and a missing summary", () => {
    expect(() => parseConceptFile("concepts:\n  - {id: Bad_Id, source: s.txt}\n", "c.yaml")).toThrow(
      /c\.yaml: concepts\[0\]\.id: expected a kebab-case id, found "Bad_Id"\nc\.yaml: concepts\[0\]\.summary: expected a string, found nothing/,
    );
  });

  it("reports YAML syntax errors with their position", () => {
    expect(() => parseConceptFile("concepts: [\n", "c.yaml")).toThrow(
      /^c\.yaml: YAML syntax error at line \d+, column \d+/,
    );
  });
});
