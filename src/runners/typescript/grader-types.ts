/**
 * Declarations of the `grader` module for the editor (Monaco `addExtraLib`),
 * so that `import { grader } from "grader"` and `import type { Grader } from "grader"`
 * type-check in exercises. Keep in step with `Grader` in grader.ts.
 */
export const GRADER_MODULE_DTS = `declare module "grader" {
  /** Something to time: a promise (already running) or a function to call. */
  export type Work<T> = PromiseLike<T> | (() => T | PromiseLike<T>);
  export interface Grader {
    /** Records a JSON value (Maps become objects, Sets arrays, undefined null). */
    value(name: string, value: unknown): void;
    /** Records an event stamped with now(). */
    event(label: string): void;
    /** Records a duration in seconds. */
    timing(name: string, seconds: number): void;
    /** Seconds since the run began, on the run's clock. */
    now(): number;
    /** Awaits or calls work, records how long it took, returns its result. */
    measure<T>(name: string, work: Work<T>): Promise<T>;
    /** Like measure, but records the error (or none) and returns undefined on error. */
    attempt<T>(name: string, work: Work<T>): Promise<T | undefined>;
  }
  export const grader: Grader;
  export default grader;
}
`;
