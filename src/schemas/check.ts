import { z } from "zod";

/**
 * The check model shared by Python and TypeScript exercises.
 *
 * A check never looks at printed output: it reads the observations that the
 * exercise's harness records through its private grader channel (values,
 * caught errors, ordered events and clock readings), so printing a verdict
 * cannot forge one.
 */

const feedback = z.string().min(1).describe("Plain-language message the learner sees when this check fails.");

const checkId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "a kebab-case id such as `gathers-in-order`")
  .describe("Stable id, unique within the exercise; known-wrong answers refer to it.");

const eventLabel = z.string().min(1).describe("An event label recorded by the harness, e.g. `start:a`.");

const label = z
  .string()
  .min(1)
  .describe("What the check verifies, shown with a tick or a cross, e.g. 'Results keep input order'.");

const base = { id: checkId, label, feedback };

/** A recorded value equals an expected JSON value (deep, order-sensitive for lists). */
export const equalsCheckSchema = z
  .object({
    ...base,
    type: z.literal("equals"),
    value: z.string().min(1).describe("Name of the value the harness recorded."),
    expected: z.json().describe("The JSON value it must equal."),
  })
  .strict();

/** A recorded error exists (or must not exist) and has the given exception type. */
export const raisesCheckSchema = z
  .object({
    ...base,
    type: z.literal("raises"),
    value: z.string().min(1).describe("Name under which the harness recorded the outcome."),
    error: z
      .string()
      .nullable()
      .describe("Exception type name that must have been raised, or null for 'no exception'."),
  })
  .strict();

/** The events carrying these labels happened in exactly this sequence. */
export const sequenceCheckSchema = z
  .object({
    ...base,
    type: z.literal("sequence"),
    events: z.array(eventLabel).min(2).describe("Labels, in the order they must occur."),
  })
  .strict();

/** Every `before` label occurs earlier than every `after` label (a partial order). */
export const beforeCheckSchema = z
  .object({
    ...base,
    type: z.literal("before"),
    before: z.array(eventLabel).min(1).describe("Labels that must all occur first."),
    after: z.array(eventLabel).min(1).describe("Labels that must all occur later."),
  })
  .strict();

/** The events with prefix `completed` do not occur in the order of those with prefix `submitted`. */
export const orderDiffersCheckSchema = z
  .object({
    ...base,
    type: z.literal("order-differs"),
    submitted: z.string().min(1).describe("Label prefix of submission events, e.g. `submit:`."),
    completed: z.string().min(1).describe("Label prefix of completion events, e.g. `done:`."),
  })
  .strict();

/** Each of these labels occurs exactly once, in any order. */
export const allOfCheckSchema = z
  .object({
    ...base,
    type: z.literal("all-of"),
    events: z.array(eventLabel).min(1).describe("Labels that must all occur, in any order."),
  })
  .strict();

/** A measured duration (seconds on the run's clock) lies within bounds. */
export const elapsedCheckSchema = z
  .object({
    ...base,
    type: z.literal("elapsed"),
    timing: z.string().min(1).describe("Name of the duration the harness measured."),
    min: z.number().nonnegative().optional().describe("Lower bound in seconds (default: none)."),
    max: z.number().positive().optional().describe("Upper bound in seconds (default: none)."),
  })
  .strict()
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    message: "an elapsed check needs `min`, `max` or both",
  });

/** A measured duration divided by a baseline duration lies within bounds. */
export const ratioCheckSchema = z
  .object({
    ...base,
    type: z.literal("ratio"),
    timing: z.string().min(1).describe("Name of the measured duration."),
    baseline: z.string().min(1).describe("Name of the baseline duration (e.g. sequential)."),
    min: z.number().nonnegative().optional().describe("Lowest allowed timing/baseline (default: none)."),
    max: z.number().positive().optional().describe("Highest allowed timing/baseline (default: none)."),
  })
  .strict()
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    message: "a ratio check needs `min`, `max` or both",
  });

export const checkSchema = z.discriminatedUnion("type", [
  equalsCheckSchema,
  raisesCheckSchema,
  sequenceCheckSchema,
  beforeCheckSchema,
  orderDiffersCheckSchema,
  allOfCheckSchema,
  elapsedCheckSchema,
  ratioCheckSchema,
]);

export type Check = z.infer<typeof checkSchema>;
export type CheckType = Check["type"];
