/** Which exercises the learner has solved, kept in localStorage across visits. */
import type { SafeStorage } from "./safe-storage.ts";

const kKey = "pc:solved";

/** Reads and records solved exercise ids. Unreadable data counts as nothing solved. */
export class ProgressStore {
  /** The localStorage key holding the sorted JSON list of solved exercise ids. */
  static readonly storageKey = kKey;

  readonly #storage: SafeStorage;

  constructor(storage: SafeStorage) {
    this.#storage = storage;
  }

  /** Ids of every solved exercise. */
  solved(): Set<string> {
    const raw = this.#storage.get(kKey);
    if (raw === undefined) return new Set();
    try {
      const parsed: unknown = JSON.parse(raw);
      return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : []);
    } catch {
      return new Set();
    }
  }

  isSolved(exerciseId: string): boolean {
    return this.solved().has(exerciseId);
  }

  /** Records a solve; returns whether it was saved. */
  markSolved(exerciseId: string): boolean {
    const ids = this.solved();
    if (ids.has(exerciseId)) return true;
    ids.add(exerciseId);
    return this.#storage.set(kKey, JSON.stringify([...ids].sort()));
  }
}
