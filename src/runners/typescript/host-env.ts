/**
 * The few things the engine needs from the runtime it runs in, so that the
 * same engine runs in a browser worker and in Node (tests).
 */

/** Runtime hooks for `runTypeScript`. */
export interface EngineEnv {
  /**
   * Calls `listener` with errors that nothing caught: unhandled promise
   * rejections and errors thrown in event handlers. Returns an unsubscribe function.
   */
  onUncaught(listener: (error: unknown) => void): () => void;
}

interface EventTargetLike {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

interface ProcessLike {
  on(event: string, listener: (error: unknown) => void): unknown;
  off(event: string, listener: (error: unknown) => void): unknown;
}

/** Hooks for the current runtime: worker/window events, else Node's `process` events. */
export function detectEngineEnv(): EngineEnv {
  const scope = globalThis as Partial<EventTargetLike> & { process?: ProcessLike };
  if (typeof scope.addEventListener === "function" && typeof scope.removeEventListener === "function") {
    const events = scope as EventTargetLike;
    return {
      onUncaught(listener) {
        const onRejection = (event: Event): void => {
          event.preventDefault();
          listener((event as PromiseRejectionEvent).reason);
        };
        const onError = (event: Event): void => {
          event.preventDefault();
          listener((event as ErrorEvent).error ?? new Error((event as ErrorEvent).message));
        };
        events.addEventListener("unhandledrejection", onRejection);
        events.addEventListener("error", onError);
        return () => {
          events.removeEventListener("unhandledrejection", onRejection);
          events.removeEventListener("error", onError);
        };
      },
    };
  }
  const process = scope.process;
  if (process) {
    return {
      onUncaught(listener) {
        process.on("unhandledRejection", listener);
        process.on("uncaughtException", listener);
        return () => {
          process.off("unhandledRejection", listener);
          process.off("uncaughtException", listener);
        };
      },
    };
  }
  return { onUncaught: () => () => {} };
}
