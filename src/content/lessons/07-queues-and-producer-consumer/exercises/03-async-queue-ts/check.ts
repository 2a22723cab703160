import type { Grader } from "grader";

interface Queue {
  put(item: string): void;
  get(): Promise<string>;
}

type QueueClass = new () => Queue;

const sleep = (seconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Two consumers wait on an empty queue before anything is put. Then a
 * producer puts "apple" at 0.105 s (off the 50 ms beat of a polling get(), so
 * no timer ties decide the outcome), "pear" 0.01 s later, and later "plum", which
 * nobody is waiting for. A queue that hands items straight to waiting get() calls
 * delivers "apple" before "pear" is even put; one that polls hears late.
 */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const AsyncQueue = learner["AsyncQueue"];
  if (typeof AsyncQueue !== "function") {
    throw new TypeError("the program no longer exports a class called AsyncQueue");
  }
  const queue = new (AsyncQueue as QueueClass)();
  const got: string[] = [];
  const consumer = async (name: string): Promise<void> => {
    const item = await queue.get();
    grader.event(`got:${name}:${String(item)}`);
    got.push(`${name}:${String(item)}`);
  };
  // The second consumer starts waiting 0.03 s after the first, so a polling
  // get() looks at the queue at different moments for each of them.
  const first = consumer("first");
  await sleep(0.03);
  const consumers = Promise.all([first, consumer("second")]);
  for (const [item, gap] of [
    ["apple", 0.075],
    ["pear", 0.01],
    ["plum", 0.2],
  ] as const) {
    await sleep(gap);
    grader.event(`put:${item}`);
    queue.put(item);
  }
  await Promise.race([consumers, sleep(1)]);
  grader.value("got", got);
  // "plum" was put while nobody was waiting: a later get() must find it.
  const late = await Promise.race([queue.get(), sleep(1).then(() => "(still waiting)")]);
  grader.value("late-get", late === undefined ? "(undefined)" : late);
}
