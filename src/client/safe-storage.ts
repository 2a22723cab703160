/**
 * localStorage that never throws: private modes, disabled storage and a full
 * quota all become a reported problem while the page keeps working.
 */

/** The part of the Web Storage API we use; tests pass a fake. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Why a save did not happen, in words for the learner. */
export type StorageProblem = "full" | "unavailable";

/** Called when storage fails, so the UI can show a non-blocking notice. */
export type StorageProblemListener = (problem: StorageProblem) => void;

function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

/** The learner-facing notice for a storage problem. */
export function storageProblemMessage(problem: StorageProblem): string {
  return problem === "full"
    ? "Your browser's storage for this site is full, so changes are not being saved. Copy your code somewhere safe."
    : "This browser does not let the site save anything, so your code will be lost when you leave the page.";
}

/** Wraps a Storage (or its absence) so that reads and writes never throw. */
export class SafeStorage {
  readonly #storage: StorageLike | undefined;
  readonly #onProblem: StorageProblemListener;

  constructor(storage: StorageLike | undefined, onProblem: StorageProblemListener = () => {}) {
    this.#storage = storage;
    this.#onProblem = onProblem;
  }

  /** The stored string, or `undefined` when absent or unreadable. */
  get(key: string): string | undefined {
    if (this.#storage === undefined) return undefined;
    try {
      return this.#storage.getItem(key) ?? undefined;
    } catch {
      this.#onProblem("unavailable");
      return undefined;
    }
  }

  /** Stores a string; returns whether it was saved. */
  set(key: string, value: string): boolean {
    if (this.#storage === undefined) {
      this.#onProblem("unavailable");
      return false;
    }
    try {
      this.#storage.setItem(key, value);
      return true;
    } catch (error) {
      this.#onProblem(isQuotaError(error) ? "full" : "unavailable");
      return false;
    }
  }

  remove(key: string): void {
    try {
      this.#storage?.removeItem(key);
    } catch {
      // Removing is only tidying up; failing to do it loses nothing.
    }
  }
}

/** The page's localStorage, or `undefined` when reading the property itself throws (sandboxed frames). */
export function browserStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
