import type { Grader } from "grader";

interface Page {
  name: string;
  seconds: number;
}

type LoadWithDeadline = (pages: readonly Page[], deadlineSeconds: number) => Promise<unknown>;

/** Loads pages the learner has not seen: once with two too slow, once with all in time. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const load = learner["loadWithDeadline"];
  if (typeof load !== "function") {
    throw new TypeError("the program no longer exports a function called loadWithDeadline");
  }
  const slow = await grader.attempt(
    "deadline",
    (load as LoadWithDeadline)(
      [
        { name: "home", seconds: 0.2 },
        { name: "gallery", seconds: 0.9 },
        { name: "about", seconds: 0.1 },
        { name: "video", seconds: 1.5 },
      ],
      0.5,
    ),
  );
  grader.value("deadline", slow);
  // Downloads that were left running finish here, free on the virtual clock.
  await new Promise<void>((resolve) => setTimeout(resolve, 2000));

  const quick = await grader.attempt(
    "in-time",
    (load as LoadWithDeadline)(
      [
        { name: "contact", seconds: 0.15 },
        { name: "blog", seconds: 0.05 },
      ],
      1,
    ),
  );
  grader.value("in-time", quick);
  await new Promise<void>((resolve) => setTimeout(resolve, 2000));
}
