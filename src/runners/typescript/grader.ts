/**
 * The harness's private channel: what it records becomes the run's
 * observations, which the checks read (never the printed output).
 * See "The harness API" in docs/architecture.md.
 */
import type { JsonValue, Observations } from "../observations.ts";
import { emptyObservations } from "../observations.ts";
import { describeThrown } from "./run-errors.ts";

/** Something to time: a promise (already running) or a function to call. */
export type Work<T> = PromiseLike<T> | (() => T | PromiseLike<T>);

/** The object harnesses receive as `grader` and modules import with `import { grader } from "grader"`. */
export interface Grader {
  /** Records a JSON value (Maps become objects, Sets arrays, undefined null). */
  value(name: string, value: unknown): void;
  /** Records an event stamped with `now()`. */
  event(label: string): void;
  /** Records a duration in seconds. */
  timing(name: string, seconds: number): void;
  /** Seconds since the run began, on the run's clock. */
  now(): number;
  /** Awaits or calls `work`, records how long it took, returns its result (errors propagate). */
  measure<T>(name: string, work: Work<T>): Promise<T>;
  /** Like `measure`, but records the error (or none) in `errors[name]` and returns undefined on error. */
  attempt<T>(name: string, work: Work<T>): Promise<T | undefined>;
}

/** A grader that records into a fresh `Observations`. `nowSeconds` reads the run's clock. */
export function createGrader(nowSeconds: () => number): { grader: Grader; observations: Observations } {
  const observations = emptyObservations();
  const run = async <T>(name: string, work: Work<T>): Promise<T> => {
    const started = nowSeconds();
    try {
      return await (typeof work === "function" ? work() : work);
    } finally {
      observations.timings[name] = nowSeconds() - started;
    }
  };
  const grader: Grader = {
    value(name, value) {
      observations.values[checkName("value", name)] = toJson(value, name);
    },
    event(label) {
      observations.events.push({ label: checkName("event", label), at: nowSeconds() });
    },
    timing(name, seconds) {
      if (typeof seconds !== "number" || !Number.isFinite(seconds)) {
        throw new TypeError(`grader.timing("${name}", …) needs a number of seconds, got ${String(seconds)}`);
      }
      observations.timings[checkName("timing", name)] = seconds;
    },
    now: nowSeconds,
    measure: (name, work) => run(checkName("measure", name), work),
    async attempt(name, work) {
      checkName("attempt", name);
      try {
        const result = await run(name, work);
        observations.errors[name] = { type: null, message: "" };
        return result;
      } catch (error) {
        observations.errors[name] = describeThrown(error);
        return undefined;
      }
    },
  };
  return { grader, observations };
}

function checkName(method: string, name: unknown): string {
  if (typeof name !== "string" || name === "") {
    throw new TypeError(`grader.${method}() needs a non-empty string name, got ${String(name)}`);
  }
  return name;
}

/** A JSON copy of `value`; throws a TypeError naming the value when something cannot be represented. */
export function toJson(value: unknown, name: string, seen: unknown[] = []): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "boolean":
    case "string":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`grader.value("${name}"): ${value} is not a JSON number`);
      return value;
    case "object":
      break;
    default:
      throw new TypeError(`grader.value("${name}"): a ${typeof value} is not a JSON value`);
  }
  if (seen.includes(value)) throw new TypeError(`grader.value("${name}"): the value contains itself`);
  const inner = [...seen, value];
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) || value instanceof Set) return [...value].map((item: unknown) => toJson(item, name, inner));
  const entries = value instanceof Map ? [...value] : Object.entries(value);
  const result: Record<string, JsonValue> = {};
  for (const [key, item] of entries) result[String(key)] = toJson(item, name, inner);
  return result;
}
