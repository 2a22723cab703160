import type { Check } from "../../schemas/check.ts";
import type { JsonValue, Observations, RecordedEvent } from "../observations.ts";

/** Why a check failed, in the learner's terms, plus what was observed. */
export interface CheckOutcome {
  passed: boolean;
  /** What was actually observed, appended to the check's feedback when it fails. */
  observed?: string;
}

const pass: CheckOutcome = { passed: true };
const fail = (observed: string): CheckOutcome => ({ passed: false, observed });

function sameJson(a: JsonValue | undefined, b: JsonValue): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: JsonValue | undefined): JsonValue | undefined {
  if (Array.isArray(value)) return value.map((item) => canonical(item) ?? null);
  if (value !== null && typeof value === "object") {
    const sorted: Record<string, JsonValue> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = canonical(value[key]) ?? null;
    return sorted;
  }
  return value;
}

const show = (value: JsonValue | undefined): string => (value === undefined ? "nothing" : JSON.stringify(value));
const seconds = (value: number): string => `${value.toFixed(3)} s`;

function firstIndex(events: readonly RecordedEvent[], label: string): number {
  return events.findIndex((event) => event.label === label);
}

function labelsWithPrefix(events: readonly RecordedEvent[], prefix: string): string[] {
  return events.filter((event) => event.label.startsWith(prefix)).map((event) => event.label.slice(prefix.length));
}

/** Evaluates one check against what the harness observed. Pure and synchronous. */
export function evaluateCheck(check: Check, observations: Observations): CheckOutcome {
  const { events } = observations;
  switch (check.type) {
    case "equals": {
      const actual = observations.values[check.value];
      return sameJson(actual, check.expected) ? pass : fail(`got ${show(actual)}`);
    }
    case "raises": {
      const recorded = observations.errors[check.value];
      if (recorded === undefined) return fail(`"${check.value}" was never reached`);
      if (check.error === null) {
        return recorded.type === null ? pass : fail(`raised ${recorded.type}: ${recorded.message}`);
      }
      if (recorded.type === check.error) return pass;
      return fail(recorded.type === null ? "no exception was raised" : `raised ${recorded.type} instead`);
    }
    case "sequence": {
      const wanted = new Set(check.events);
      const actual = events.filter((event) => wanted.has(event.label)).map((event) => event.label);
      return actual.join("\u0000") === check.events.join("\u0000")
        ? pass
        : fail(`the order was ${actual.length ? actual.join(" → ") : "(none of them happened)"}`);
    }
    case "before": {
      const missing = [...check.before, ...check.after].filter((label) => firstIndex(events, label) < 0);
      if (missing.length) return fail(`${missing.join(", ")} never happened`);
      const lastBefore = Math.max(...check.before.map((label) => lastIndex(events, label)));
      const firstAfter = Math.min(...check.after.map((label) => firstIndex(events, label)));
      if (lastBefore < firstAfter) return pass;
      return fail(`${events[firstAfter]?.label ?? "?"} happened before ${events[lastBefore]?.label ?? "?"}`);
    }
    case "order-differs": {
      const submitted = labelsWithPrefix(events, check.submitted);
      const completed = labelsWithPrefix(events, check.completed);
      if (completed.length === 0) return fail("nothing completed");
      return submitted.join("\u0000") !== completed.join("\u0000")
        ? pass
        : fail(`both orders were ${completed.join(", ")}`);
    }
    case "all-of": {
      const counts = new Map<string, number>();
      for (const event of events) counts.set(event.label, (counts.get(event.label) ?? 0) + 1);
      const wrong = check.events.filter((label) => counts.get(label) !== 1);
      if (wrong.length === 0) return pass;
      return fail(wrong.map((label) => `${label} happened ${counts.get(label) ?? 0} times`).join("; "));
    }
    case "elapsed": {
      const measured = observations.timings[check.timing];
      if (measured === undefined) return fail(`"${check.timing}" was never measured`);
      return within(measured, check.min, check.max) ? pass : fail(`it took ${seconds(measured)}`);
    }
    case "ratio": {
      const measured = observations.timings[check.timing];
      const baseline = observations.timings[check.baseline];
      if (measured === undefined || baseline === undefined || baseline <= 0) {
        return fail(`"${check.timing}" or "${check.baseline}" was never measured`);
      }
      const ratio = measured / baseline;
      return within(ratio, check.min, check.max)
        ? pass
        : fail(`it took ${seconds(measured)}, ${ratio.toFixed(2)}× the ${seconds(baseline)} baseline`);
    }
  }
}

function lastIndex(events: readonly RecordedEvent[], label: string): number {
  for (let index = events.length - 1; index >= 0; index -= 1) if (events[index]?.label === label) return index;
  return -1;
}

function within(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}
