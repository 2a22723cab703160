import type { Language, Runner } from "./protocol.ts";
import { createWorkerRunner, type WorkerLike } from "./worker-runner.ts";

const runners = new Map<Language, Runner>();

// Vite only bundles a worker when `new Worker(new URL(..., import.meta.url))`
// appears literally, so each language has its own factory.
const workerFactories: Record<Language, () => WorkerLike> = {
  python: () => new Worker(new URL("./python/python.worker.ts", import.meta.url), { type: "module", name: "python" }),
  typescript: () =>
    new Worker(new URL("./typescript/typescript.worker.ts", import.meta.url), { type: "module", name: "typescript" }),
};

/**
 * The page's runner for a language, created once and shared by every editor
 * on the page so that only one Python runtime (plus its spare) is loaded.
 */
export function getRunner(language: Language, assetBase: string): Runner {
  let runner = runners.get(language);
  if (!runner) {
    runner = createWorkerRunner({
      language,
      assetBase,
      createWorker: workerFactories[language],
      reuseWorker: language === "python",
      interruptible: language === "python",
    });
    runners.set(language, runner);
  }
  return runner;
}
