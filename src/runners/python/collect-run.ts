/**
 * Runs a program on an engine and keeps everything it printed: what the
 * tests and command-line tools want instead of a streaming listener.
 */
import type { OutputLine, RunRequest, RunResult } from "../protocol.ts";
import type { PythonEngine } from "./python-engine.ts";

export interface CollectedRun {
  result: RunResult;
  lines: OutputLine[];
  stdout: string[];
  stderr: string[];
}

/**
 * Runs `code` (as `main.py` on the virtual clock unless `request` says otherwise).
 * `onLine` sees each line while Python is still running, e.g. to interrupt it.
 */
export async function collectRun(
  engine: PythonEngine,
  code: string,
  request: Partial<RunRequest> = {},
  onLine?: (line: OutputLine) => void,
): Promise<CollectedRun> {
  const lines: OutputLine[] = [];
  const result = await engine.run(
    { code, filename: "main.py", clock: "virtual", timeLimitMs: 60_000, ...request },
    (line) => {
      lines.push(line);
      onLine?.(line);
    },
  );
  const texts = (stream: OutputLine["stream"]) =>
    lines.filter((line) => line.stream === stream).map((line) => line.text);
  return { result, lines, stdout: texts("stdout"), stderr: texts("stderr") };
}
