import { GRADER_MODULE_DTS } from "../runners/typescript/grader-types.ts";

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
${GRADER_MODULE_DTS}`;
