import { describe, expect, it } from "vitest";
import { DraftStore, debounce, draftKeys } from "../../src/client/draft-store.ts";
import { ProgressStore } from "../../src/client/progress-store.ts";
import {
  SafeStorage,
  storageProblemMessage,
  type StorageLike,
  type StorageProblem,
} from "../../src/client/safe-storage.ts";

class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException("quota", "QuotaExceededError");
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

function setup() {
  const fake = new FakeStorage();
  const problems: StorageProblem[] = [];
  const store = new DraftStore(new SafeStorage(fake, (p) => problems.push(p)), "lesson/ex");
  return { fake, problems, store };
}

describe("draft storage", () => {
  it("saves a draft and loads it back", () => {
    const { store } = setup();
    store.save("print(2)", "print(1)");
    expect(store.load()).toBe("print(2)");
  });

  it("does not store a draft equal to the starter", () => {
    const { store, fake } = setup();
    store.save("x", "starter");
    store.save("starter", "starter");
    expect(store.load()).toBeUndefined();
    expect(fake.data.has(draftKeys("lesson/ex").current)).toBe(false);
  });

  it("keeps the replaced draft under :previous on reset", () => {
    const { store, fake } = setup();
    store.save("my work", "starter");
    store.reset("my work", "starter");
    expect(store.load()).toBeUndefined();
    expect(store.previous()).toBe("my work");
    expect(fake.data.get("pc:draft:lesson/ex:previous")).toBe("my work");
  });

  it("reports a full storage and keeps working", () => {
    const { store, fake, problems } = setup();
    store.save("first", "starter");
    fake.full = true;
    expect(store.save("second", "starter")).toBe(false);
    expect(problems).toEqual(["full"]);
    expect(store.load()).toBe("first");
  });

  it("never loses the draft when a reset cannot save the previous one", () => {
    const { store, fake } = setup();
    store.save("precious", "starter");
    fake.full = true;
    store.reset("precious", "starter");
    expect(store.load()).toBe("precious");
  });

  it("reports unavailable storage without throwing", () => {
    const problems: StorageProblem[] = [];
    const store = new DraftStore(new SafeStorage(undefined, (p) => problems.push(p)), "k");
    expect(store.load()).toBeUndefined();
    expect(store.save("x", "y")).toBe(false);
    expect(problems).toEqual(["unavailable"]);
    expect(storageProblemMessage("unavailable")).toMatch(/lost/);
    expect(storageProblemMessage("full")).toMatch(/full/);
  });

  it("treats a throwing getItem as unavailable", () => {
    const problems: StorageProblem[] = [];
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(new SafeStorage(throwing, (p) => problems.push(p)).get("k")).toBeUndefined();
    expect(problems).toEqual(["unavailable"]);
  });
});

describe("debounced saving", () => {
  it("saves once on flush and not again until rescheduled", () => {
    let saves = 0;
    const saver = debounce(() => (saves += 1), 10_000);
    saver.schedule();
    saver.schedule();
    expect(saves).toBe(0);
    saver.flush();
    saver.flush();
    expect(saves).toBe(1);
  });
});

describe("progress", () => {
  it("records solved exercises and survives a new store on the same storage", () => {
    const fake = new FakeStorage();
    new ProgressStore(new SafeStorage(fake)).markSolved("a/b");
    const again = new ProgressStore(new SafeStorage(fake));
    expect(again.isSolved("a/b")).toBe(true);
    expect(again.isSolved("a/c")).toBe(false);
  });

  it("treats corrupt progress data as nothing solved", () => {
    const fake = new FakeStorage();
    fake.data.set("pc:solved", "{not json");
    expect(new ProgressStore(new SafeStorage(fake)).solved().size).toBe(0);
  });
});
