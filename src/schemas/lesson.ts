import { z } from "zod";

/**
 * Frontmatter of a lesson's `index.mdx`. `knownConcepts` are the ids of the
 * concept map; a lesson that claims any other id fails the build.
 */
export function lessonSchema(knownConcepts: ReadonlySet<string>) {
  return z
    .object({
      title: z.string().min(1).describe("Lesson title, shown in the course map and the page heading."),
      summary: z.string().min(1).max(240).describe("One or two sentences for the course map and search."),
      order: z.number().int().positive().describe("Position in the course; matches the folder's numeric prefix."),
      minutes: z.number().int().positive().max(240).describe("Estimated minutes to read and do the exercises."),
      goals: z.array(z.string().min(1)).min(1).describe("What the learner can do afterwards."),
      covers: z
        .array(
          z.string().refine((id) => knownConcepts.has(id), {
            error: (issue) =>
              `unknown concept id "${String(issue.input)}"; expected an id from src/content/concepts.yaml`,
          }),
        )
        .min(1)
        .describe("Concept ids from src/content/concepts.yaml that this lesson teaches."),
      draft: z.boolean().default(false).describe("Drafts are built in dev only (default false)."),
    })
    .strict();
}

export type LessonFrontmatter = z.infer<ReturnType<typeof lessonSchema>>;
