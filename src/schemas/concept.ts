import { z } from "zod";

/** One entry of `src/content/concepts.yaml`, the course's concept map. */
export const conceptSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id"),
    source: z.string().min(1).describe("The seed document the concept comes from."),
    summary: z.string().min(1).describe("What the learner must understand."),
  })
  .strict();

export const conceptMapSchema = z.array(conceptSchema).min(1);

export type Concept = z.infer<typeof conceptSchema>;
