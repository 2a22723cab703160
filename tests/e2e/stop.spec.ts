/**
 * Stop ends a run that would never finish by itself (a busy loop, a long
 * blocking sleep), and the runner stays usable: the next Run works.
 */
import { expect, test } from "@playwright/test";
import { LESSON_PATH, replaceCode, runner, sharedPage, type Runner } from "./helpers.ts";

/** Runs `stuck`, waits until it has printed `started` (so it is really running), stops it and runs again. */
async function stopThenRunAgain(target: Runner, stuck: string, started: string): Promise<void> {
  await replaceCode(target, stuck);
  await target.run.click();
  await expect(target.output).toContainText(started);
  await target.stop.click();
  await expect(target.output).toContainText("Stopped");
  await expect(target.stop).toBeDisabled();

  await replaceCode(target, 'print("again")\n');
  await target.run.click();
  await expect(target.output).toContainText("again");
  await expect(target.output).toContainText(/Finished in/);
  await expect(target.output).not.toContainText("Stopped");
}

const lessonPage = sharedPage(LESSON_PATH);

test("Stop ends a busy loop, and the next Run works", async () => {
  const page = lessonPage();
  await stopThenRunAgain(runner(page, 0), 'print("spinning")\nwhile True:\n    pass\n', "spinning");
});

test("Stop ends a long blocking sleep, and the next Run works", async () => {
  const page = lessonPage();
  await stopThenRunAgain(runner(page, 0), 'import time\nprint("sleeping")\ntime.sleep(600)\n', "sleeping");
});
