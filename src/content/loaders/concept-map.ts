import { readFileSync } from "node:fs";
import { z } from "zod";
import { conceptMapSchema, conceptSchema } from "../../schemas/concept.ts";
import { formatContentError } from "./format-content-error.ts";
import { parseYaml } from "./parse-yaml.ts";

/**
 * Reads `src/content/concepts.yaml`: the concept map (`concepts:`) and the
 * places where the source documents are wrong or dated (`corrections:`).
 * Synchronous and pure Node, because the lesson schema needs the id set while
 * `content.config.ts` is being evaluated.
 */

/** One entry of `corrections:`: what a source says that is no longer true. */
export const correctionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id")
      .describe("Stable id of the correction."),
    concepts: z
      .array(z.string().min(1))
      .min(1)
      .describe("Concept ids whose lessons must teach the correction in an aside."),
    dated: z.string().min(1).describe("What the source says."),
    today: z.string().min(1).describe("What is true today, as the lesson should teach it."),
  })
  .strict();

/** Shape of the whole concepts.yaml file. */
export const conceptFileSchema = z
  .object({
    concepts: conceptMapSchema.describe("The concept map."),
    corrections: z.array(correctionSchema).default([]).describe("Corrections to the sources (default none)."),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.concepts.forEach((concept, index) => {
      if (seen.has(concept.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["concepts", index, "id"],
          message: `duplicate concept id "${concept.id}"`,
        });
      }
      seen.add(concept.id);
    });
    file.corrections.forEach((correction, index) => {
      correction.concepts.forEach((id, position) => {
        if (!seen.has(id)) {
          ctx.addIssue({
            code: "custom",
            path: ["corrections", index, "concepts", position],
            message: `unknown concept id "${id}"; expected an id listed under concepts:`,
          });
        }
      });
    });
  });

export type Correction = z.infer<typeof correctionSchema>;
export type ConceptFile = z.infer<typeof conceptFileSchema>;
export type { Concept } from "../../schemas/concept.ts";
export { conceptSchema };

/** Parses the text of concepts.yaml; throws one error listing every problem, each naming `displayPath`. */
export function parseConceptFile(text: string, displayPath: string): ConceptFile {
  const yaml = parseYaml(text, displayPath);
  if (!yaml.ok) throw new Error(yaml.problems.join("\n"));
  const raw = yaml.value;
  const parsed = conceptFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new Error(formatContentError(displayPath, parsed.error, raw));
  return parsed.data;
}

/** Reads and validates a concepts.yaml file from disk. */
export function readConceptFile(file: string, displayPath: string = file): ConceptFile {
  return parseConceptFile(readFileSync(file, "utf8"), displayPath);
}
