/**
 * What an exercise harness records through its private grader channel.
 * Checks are evaluated against this, never against printed output.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One labelled moment, on the run's clock (seconds since the run began). */
export interface RecordedEvent {
  label: string;
  at: number;
}

/** The outcome of a call the harness made: an exception type and message, or none. */
export interface RecordedError {
  type: string | null;
  message: string;
}

export interface Observations {
  values: Record<string, JsonValue>;
  errors: Record<string, RecordedError>;
  events: RecordedEvent[];
  /** Durations in seconds, on the run's clock. */
  timings: Record<string, number>;
}

export function emptyObservations(): Observations {
  return { values: {}, errors: {}, events: [], timings: {} };
}
