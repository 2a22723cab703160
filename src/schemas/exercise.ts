import { z } from "zod";
import { checkSchema } from "./check.ts";

/** Languages an exercise can be written in, with the file extension its code files use. */
export const EXERCISE_LANGUAGES = { python: "py", typescript: "ts" } as const;

export const knownWrongAnswerSchema = z
  .object({
    file: z
      .string()
      .regex(/^wrong\/[\w.-]+\.(py|ts)$/, "a path like `wrong/sequential.py`")
      .describe("A plausible wrong answer, relative to the exercise folder."),
    why: z.string().min(1).describe("What the mistake is, for instructors reading the folder."),
    fails: z
      .array(z.string().min(1))
      .min(1)
      .describe("Ids of the checks that must fail for it; their feedback is what the learner sees."),
  })
  .strict();

/** `exercise.yaml`, the metadata beside an exercise's code files. */
export const exerciseMetaSchema = z
  .object({
    title: z.string().min(1).describe("Short imperative title, e.g. 'Overlap three downloads'."),
    language: z.enum(["python", "typescript"]).describe("Language of the starter, solution and checks."),
    prompt: z.string().min(1).describe("Markdown task statement shown above the editor."),
    hints: z.array(z.string().min(1)).min(1).describe("Hints revealed one at a time, gentlest first (Markdown)."),
    timeLimitSeconds: z
      .number()
      .positive()
      .max(120)
      .default(15)
      .describe("Wall-clock limit for one graded run (default 15)."),
    checks: z
      .array(checkSchema)
      .min(1)
      .describe("What the grader verifies, in the order feedback is shown.")
      .refine((checks) => new Set(checks.map((c) => c.id)).size === checks.length, {
        message: "check ids must be unique within an exercise",
      }),
    wrong: z
      .array(knownWrongAnswerSchema)
      .default([])
      .describe("Known-wrong answers and the checks each must fail (default none)."),
  })
  .strict()
  .superRefine((meta, ctx) => {
    const ids = new Set(meta.checks.map((c) => c.id));
    meta.wrong.forEach((answer, index) => {
      answer.fails.forEach((id, position) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: "custom",
            path: ["wrong", index, "fails", position],
            message: `names check "${id}", but the checks are: ${[...ids].join(", ")}`,
          });
        }
      });
    });
  });

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

/** An exercise with its code files read in, as the site and the grader use it. */
export const exerciseSchema = z
  .object({
    id: z.string().describe("`<lesson folder>/<exercise folder>`"),
    lesson: z.string().describe("The lesson folder the exercise lives in."),
    meta: exerciseMetaSchema,
    starter: z.string().describe("Code the learner starts from."),
    solution: z.string().describe("Reference solution; must pass every check."),
    harness: z.string().describe("Check code run after the learner's code."),
    support: z.record(z.string(), z.string()).describe("Extra importable modules, by module name."),
    wrongAnswers: z.record(z.string(), z.string()).describe("Known-wrong answer code, by file path."),
  })
  .strict();

export type Exercise = z.infer<typeof exerciseSchema>;
