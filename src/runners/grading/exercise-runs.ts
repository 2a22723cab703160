import { EXERCISE_LANGUAGES, type Exercise } from "../../schemas/exercise.ts";
import type { RunRequest } from "../protocol.ts";

/** The file name the learner's code runs under, e.g. `main.py`. */
export function learnerFilename(exercise: Pick<Exercise, "meta">): string {
  return `main.${EXERCISE_LANGUAGES[exercise.meta.language]}`;
}

/** The request for a graded run of `code` against an exercise: virtual clock, harness after the code. */
export function gradedRunRequest(exercise: Exercise, code: string): RunRequest {
  return {
    code,
    filename: learnerFilename(exercise),
    clock: "virtual",
    timeLimitMs: exercise.meta.timeLimitSeconds * 1000,
    harness: { code: exercise.harness, support: exercise.support },
  };
}

/** Every version of an exercise's code that must be graded to prove the exercise, with its name. */
export function exerciseVariants(exercise: Exercise): { name: string; code: string }[] {
  return [
    { name: "solution", code: exercise.solution },
    { name: "starter", code: exercise.starter },
    ...exercise.meta.wrong.map((answer) => ({ name: answer.file, code: exercise.wrongAnswers[answer.file] ?? "" })),
  ];
}
