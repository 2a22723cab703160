/**
 * Learners' drafts, keyed by a storage key, with the draft that Reset
 * replaced kept under `<key>:previous` so that nothing is ever lost.
 */
import type { SafeStorage } from "./safe-storage.ts";

const kNamespace = "pc:draft:";

/** Storage key of a draft, and of the draft a reset replaced. */
export function draftKeys(storageKey: string): { current: string; previous: string } {
  const current = `${kNamespace}${storageKey}`;
  return { current, previous: `${current}:previous` };
}

/** Reads, saves and resets one editor's draft. */
export class DraftStore {
  readonly #storage: SafeStorage;
  readonly #keys: { current: string; previous: string };

  constructor(storage: SafeStorage, storageKey: string) {
    this.#storage = storage;
    this.#keys = draftKeys(storageKey);
  }

  /** The saved draft, or `undefined` when there is none. */
  load(): string | undefined {
    return this.#storage.get(this.#keys.current);
  }

  /** Saves the draft; a draft equal to the starter is removed rather than stored. */
  save(code: string, starter: string): boolean {
    if (code === starter) {
      this.#storage.remove(this.#keys.current);
      return true;
    }
    return this.#storage.set(this.#keys.current, code);
  }

  /**
   * Forgets the current draft, keeping it as the previous one first. If the
   * previous draft cannot be written, the current one stays, so a full
   * storage never turns a reset into a loss.
   */
  reset(currentCode: string, starter: string): void {
    if (currentCode !== starter && !this.#storage.set(this.#keys.previous, currentCode)) return;
    this.#storage.remove(this.#keys.current);
  }

  /** The draft that the last reset replaced, if any. */
  previous(): string | undefined {
    return this.#storage.get(this.#keys.previous);
  }
}

/**
 * Calls `save` once the learner pauses typing for `delayMs`; `flush` saves at
 * once (on page hide), so the last keystrokes are not lost.
 */
export function debounce(save: () => void, delayMs: number): { schedule(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        save();
      }, delayMs);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      save();
    },
  };
}
