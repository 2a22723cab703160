import { grader } from "grader";

/** The release each pretend download mirror serves; null means it is down today. */
const kMirrors: Readonly<Record<string, string | null>> = {
  asia: "v3.2.1",
  au: null,
  eu: "v3.2.1",
  sa: "v3.2.0",
  uk: "v3.2.1",
  us: null,
  za: null,
};

/**
 * Asks one download mirror which release it serves. After `seconds` it
 * resolves to the version, or rejects if the mirror is down. The events are
 * what the checks read; the log lines are for the learner's own runs.
 */
export async function probe(mirror: string, seconds: number): Promise<string> {
  if (!(mirror in kMirrors)) {
    throw new Error(`There is no mirror called "${mirror}"; try one of ${Object.keys(kMirrors).join(", ")}.`);
  }
  grader.event(`probe:${mirror}`);
  console.log(`${mirror}: probing`);
  await new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));
  grader.event(`settled:${mirror}`);
  const version = kMirrors[mirror];
  if (version === null || version === undefined) {
    console.log(`${mirror}: no answer`);
    throw new Error(`${mirror} did not answer`);
  }
  console.log(`${mirror}: ${version}`);
  return version;
}
