import { z } from "zod";

/** Props of `<Quiz>` in lesson MDX: one checked multiple-choice or predict-the-output question. */
export const quizPropsSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id, unique within the lesson, e.g. `gather-total`")
      .describe("Stable id; the learner's answer is remembered under it."),
    question: z.string().min(1).describe("The question, in Markdown (code in backticks)."),
    code: z.string().optional().describe("A program to predict the output of, shown above the options (default none)."),
    language: z.enum(["python", "typescript"]).default("python").describe("Language of `code` (default python)."),
    options: z.array(z.string().min(1)).min(2).max(6).describe("The choices, in Markdown."),
    answer: z.number().int().nonnegative().describe("0-based index of the right option."),
    explanation: z.string().min(1).describe("Why the answer is right, shown once the learner has answered."),
    lesson: z.string().optional().describe("Lesson folder; filled in by the MDX plugin."),
  })
  .strict()
  .refine((props) => props.answer < props.options.length, {
    message: "`answer` must be the index of one of the options",
    path: ["answer"],
  });

export type QuizProps = z.infer<typeof quizPropsSchema>;
