/**
 * Runs one TypeScript program: transpile, link the modules, patch console and
 * clock, import, wait until the program is done (or run the harness), restore.
 * Environment-agnostic: runs in a browser dedicated worker and in Node.
 *
 * A program ends like a Node program: once its module has been evaluated and
 * no timer, interval or nested worker is pending. Promises that nothing will
 * ever settle do not keep it alive.
 */
import type { OutputLine, OutputListener, OutputStream, RunError, RunRequest, RunResult } from "../protocol.ts";
import type { Observations } from "../observations.ts";
import { captureConsole } from "./console-capture.ts";
import { createGrader, type Grader } from "./grader.ts";
import type { EngineEnv } from "./host-env.ts";
import { LinkError, linkModules, moduleName, type JsModule, type LinkedModules } from "./module-graph.ts";
import { createModuleUrlFactory } from "./module-url.ts";
import { trackNestedWorkers } from "./nested-workers.ts";
import { installRunClock } from "./run-clock.ts";
import { firstUserFile, formatErrorStack, toRunError, type RunFiles } from "./run-errors.ts";
import { transpileTypeScript } from "./transpile.ts";

export type { Grader } from "./grader.ts";
export type { EngineEnv } from "./host-env.ts";

const GRADERS = Symbol.for("python-concurrency-hands-on.graders");
const HARNESS_FILENAME = "check.ts";
let runCounter = 0;

type Harness = (learner: Record<string, unknown>, grader: Grader) => unknown;
type Outcome =
  | { kind: "done"; value: unknown }
  | { kind: "failed"; error: unknown }
  | { kind: "uncaught"; error: unknown }
  /** `idle`: no timer or worker was pending, so the program was awaiting something that never settles. */
  | { kind: "timeout"; idle: boolean }
  /** Nothing is pending, yet the awaited work has not settled: it never will. */
  | { kind: "stalled" };

/** Runs `request` to completion; never throws: every ending is a `RunResult`. */
export async function runTypeScript(request: RunRequest, onOutput: OutputListener, env: EngineEnv): Promise<RunResult> {
  // Captured before the virtual clock replaces them: output stamps and the time limit are wall-clock.
  const wallNow = performance.now.bind(performance);
  const wallTimeout = globalThis.setTimeout.bind(globalThis);
  const clearWallTimeout = globalThis.clearTimeout.bind(globalThis);
  const startedAt = wallNow();
  const elapsed = (): number => wallNow() - startedAt;
  const finish = (result: Omit<RunResult, "durationMs">): RunResult => ({ ...result, durationMs: elapsed() });

  const modules = transpileAll(request);
  if ("error" in modules) return finish(modules.error);

  const nonce = `${Date.now().toString(36)}-${++runCounter}`;
  const urls = await createModuleUrlFactory();
  let linked: LinkedModules;
  try {
    linked = linkModules({ ...modules, graderCode: graderModule(nonce), nonce }, urls);
  } catch (error) {
    urls.revokeAll();
    if (!(error instanceof LinkError)) throw error;
    const runError: RunError = {
      type: error.name,
      message: error.message,
      traceback: `${error.name}: ${error.message}\n    at ${error.filename}:${error.line}`,
      line: error.line,
    };
    return finish(
      error.filename === request.filename
        ? { status: "error", error: runError }
        : { status: "ok", harnessError: runError },
    );
  }

  let failUncaught: (error: unknown) => void = () => {};
  const uncaught = new Promise<Outcome>((resolve) => {
    failUncaught = (error) => resolve({ kind: "uncaught", error });
  });
  const clock = installRunClock(request.clock, { onError: (error) => failUncaught(error) });
  const { grader, observations } = createGrader(() => clock.now() / 1000);
  const graders = registry();
  graders.set(nonce, grader);
  const files: RunFiles = { learner: request.filename, names: linked.names };
  const write = (stream: OutputStream, text: string): void => {
    for (const line of text.split("\n")) onOutput({ stream, text: line, at: elapsed() } satisfies OutputLine);
  };
  const restoreConsole = captureConsole(console, write, { describeError: (error) => formatErrorStack(error, files) });
  const restoreWorkers = trackNestedWorkers(() => clock.hold());
  const unsubscribe = env.onUncaught((error) => failUncaught(error));
  let timeLimit: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Outcome>((resolve) => {
    timeLimit = wallTimeout(() => resolve({ kind: "timeout", idle: clock.isIdle() }), request.timeLimitMs);
  });
  // Watching for idleness is only sound once every module has loaded: in browsers, loading a
  // module is real I/O that no timer accounts for, so the program looks idle while it loads.
  const settle = (work: Promise<unknown>, watchIdle = false): Promise<Outcome> =>
    Promise.race([
      work.then(
        (value): Outcome => ({ kind: "done", value }),
        (error: unknown): Outcome => ({ kind: "failed", error }),
      ),
      uncaught,
      timedOut,
      ...(watchIdle ? [clock.whenIdle().then((): Outcome => ({ kind: "stalled" }))] : []),
    ]);

  try {
    const learner = await settle(import(/* @vite-ignore */ linked.learnerUrl));
    if (learner.kind !== "done") return finish(ended(learner, files, request));
    if (linked.harnessUrl === undefined) return finish(ended(await settle(clock.whenIdle()), files, request));
    const harness = await settle(import(/* @vite-ignore */ linked.harnessUrl));
    if (harness.kind !== "done") return finish(graded(harness, files, request, observations));
    const check = (harness.value as { default?: unknown }).default;
    if (typeof check !== "function") {
      const message = `${HARNESS_FILENAME} must export a default function check(learner, grader)`;
      return finish({ status: "ok", harnessError: { type: "TypeError", message, traceback: `TypeError: ${message}` } });
    }
    const checked = await settle(
      Promise.resolve().then(() => (check as Harness)(learner.value as Record<string, unknown>, grader)),
      true,
    );
    return finish(graded(checked, files, request, observations));
  } finally {
    clearWallTimeout(timeLimit);
    unsubscribe();
    restoreWorkers();
    restoreConsole();
    clock.uninstall();
    urls.revokeAll();
    graders.delete(nonce);
  }
}

function transpileAll(
  request: RunRequest,
): { learner: JsModule; harness?: JsModule; support: JsModule[] } | { error: Omit<RunResult, "durationMs"> } {
  const graded = request.harness !== undefined;
  const learner = transpileTypeScript(request.code, { filename: request.filename, main: !graded });
  if (!learner.ok) return { error: { status: "error", error: learner.error } };
  const learnerModule = { name: moduleName(request.filename), filename: request.filename, code: learner.code };
  // A plain run of an exercise still needs its support modules; a graded run carries them in the harness.
  const supportSources = request.harness?.support ?? request.support ?? {};
  const sources: [string, string, string][] = Object.entries(supportSources).map(([key, code]) => {
    const name = moduleName(key);
    return [name, `${name}.ts`, code];
  });
  if (request.harness) sources.push(["check", HARNESS_FILENAME, request.harness.code]);
  const exercise: JsModule[] = [];
  for (const [name, filename, code] of sources) {
    const result = transpileTypeScript(code, { filename, main: false });
    if (!result.ok) {
      // In a plain run a broken support module is the exercise's fault too, but there is no harness to blame.
      return {
        error: graded ? { status: "ok", harnessError: result.error } : { status: "error", error: result.error },
      };
    }
    exercise.push({ name, filename, code: result.code });
  }
  if (!request.harness) return { learner: learnerModule, support: exercise };
  const harness = exercise.pop() as JsModule;
  return { learner: learnerModule, harness, support: exercise };
}

/** The end of a plain run, or of the learner's import in a graded run. */
function ended(outcome: Outcome, files: RunFiles, request: RunRequest): Omit<RunResult, "durationMs"> {
  switch (outcome.kind) {
    case "done":
      return { status: "ok" };
    case "timeout": {
      const why = outcome.idle
        ? " The program was awaiting a promise that nothing will ever settle: no timer or worker was pending."
        : "";
      return { status: "timeout", note: `Stopped after the time limit of ${request.timeLimitMs / 1000} s.${why}` };
    }
    case "stalled": {
      const message =
        "The program stopped making progress: it awaits a promise that nothing will settle (no timer is pending).";
      return { status: "error", error: { type: "Error", message, traceback: `Error: ${message}` } };
    }
    default:
      return { status: "error", error: toRunError(outcome.error, files) };
  }
}

/** The end of the harness: a learner's error fails the run, the harness's own is an exercise bug. */
function graded(
  outcome: Outcome,
  files: RunFiles,
  request: RunRequest,
  observations: Observations,
): Omit<RunResult, "durationMs"> {
  if (outcome.kind === "done") return { status: "ok", observations };
  if (outcome.kind === "timeout" || outcome.kind === "stalled") return ended(outcome, files, request);
  const origin = firstUserFile(outcome.error, files);
  if (outcome.kind === "uncaught" || origin === files.learner) return ended(outcome, files, request);
  return { status: "ok", harnessError: toRunError(outcome.error, files) };
}

function registry(): Map<string, Grader> {
  const scope = globalThis as { [GRADERS]?: Map<string, Grader> };
  scope[GRADERS] ??= new Map();
  return scope[GRADERS];
}

/** The `grader` module: the run's grader, looked up by the run's nonce. */
function graderModule(nonce: string): string {
  return `const grader = globalThis[Symbol.for(${JSON.stringify(GRADERS.description)})].get(${JSON.stringify(nonce)});
export { grader };
export default grader;`;
}
