/**
 * Declarations added to Monaco's TypeScript service so that exercise code
 * type-checks in the editor exactly as it runs: `import.meta.main` and the
 * `grader` module that harnesses and support modules import.
 */
export const GRADER_TYPES = `
interface ImportMeta {
  /** true in a plain run, false when the file is imported by a check. */
  readonly main: boolean;
}
declare module "grader" {
  type Work<T> = PromiseLike<T> | (() => T | PromiseLike<T>);
  export interface Grader {
    /** Records a JSON-serialisable value. */
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
}
`;
