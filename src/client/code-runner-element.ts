/**
 * `<pc-code-runner>`: an editor with Run, Stop and Reset, and an output log.
 * The markup is server-rendered by CodeRunner.astro and works as a plain
 * textarea before (or without) this script; see monaco-loader.ts for when
 * Monaco takes over.
 */
import type { ClockMode, HarnessSpec, Language, RunHandle, RunRequest, RunResult } from "../runners/protocol.ts";
import { getRunner } from "../runners/runners.ts";
import { assetBase } from "./asset-base.ts";
import { TextareaEditor, type CodeEditor } from "./code-editor.ts";
import { DraftStore, debounce } from "./draft-store.ts";
import { loadMonaco, wantsMonaco, whenIdle, whenNearViewport } from "./monaco-loader.ts";
import { OutputLog } from "./output-log.ts";
import { describeRunEnd } from "./run-status.ts";
import { SafeStorage, browserStorage, storageProblemMessage } from "./safe-storage.ts";

/** How a run is made: the plain Run button uses the real clock and no harness. */
export interface ExecuteOptions {
  clock: ClockMode;
  harness?: HarnessSpec;
  timeLimitMs?: number;
}

/** Languages whose runtime has finished a run on this page, so the next start is quick. */
const startedLanguages = new Set<Language>();
const kSaveDelayMs = 600;

function required<T extends Element>(root: Element, selector: string, type: abstract new () => T): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`pc-code-runner: missing ${selector} in its markup`);
  return element;
}

/**
 * Starts a language's runtime before the first Run. Python takes seconds, so
 * it starts at once (waiting for idle time only delayed the first Run).
 * TypeScript starts in a moment, so it waits for idle time and, on a page that
 * also runs Python, for Python to be up: on a two-core machine the two would
 * otherwise share the CPU and the first Python output would come later.
 */
function warmUp(language: Language): void {
  const base = assetBase();
  if (language === "python") {
    getRunner("python", base).warm();
    return;
  }
  const warm = (): void => whenIdle(() => getRunner(language, base).warm());
  if (document.querySelector('pc-code-runner[data-language="python"]') === null) warm();
  else getRunner("python", base).whenReady().then(warm, warm);
}

/** The custom element; exercise panels and the playground drive it through its public methods. */
export class CodeRunnerElement extends HTMLElement {
  #editor: CodeEditor | undefined;
  #store: DraftStore | undefined;
  #saver = debounce(() => this.#save(), kSaveDelayMs);
  #handle: RunHandle | undefined;
  #generation = 0;
  #starter = "";
  #log!: OutputLog;
  #run!: HTMLButtonElement;
  #stop!: HTMLButtonElement;
  #state!: HTMLElement;
  #notice!: HTMLElement;

  /** The language of the code, from `data-language`. */
  get language(): Language {
    return this.dataset["language"] === "typescript" ? "typescript" : "python";
  }

  connectedCallback(): void {
    if (this.#editor !== undefined) return;
    const textarea = required(this, ".pc-runner__textarea", HTMLTextAreaElement);
    this.#log = new OutputLog(required(this, ".pc-output", HTMLElement));
    this.#run = required(this, "[data-action=run]", HTMLButtonElement);
    this.#stop = required(this, "[data-action=stop]", HTMLButtonElement);
    this.#state = required(this, ".pc-runner__state", HTMLElement);
    this.#notice = required(this, ".pc-runner__notice", HTMLElement);
    this.#starter = textarea.defaultValue;

    const storage = new SafeStorage(browserStorage(), (problem) => this.notify(storageProblemMessage(problem)));
    const key = this.dataset["storageKey"];
    if (key) {
      this.#store = new DraftStore(storage, key);
      const draft = this.#store.load();
      if (draft !== undefined) textarea.value = draft;
    }
    this.#useEditor(new TextareaEditor(textarea, () => void this.run()));

    this.#run.addEventListener("click", () => void this.run());
    this.#stop.addEventListener("click", () => this.stop());
    required(this, "[data-action=reset]", HTMLButtonElement).addEventListener("click", () => this.#reset());
    addEventListener("pagehide", () => this.#saver.flush());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") this.#saver.flush();
    });

    warmUp(this.language);
    if (wantsMonaco()) whenNearViewport(this, () => void this.#upgrade(textarea));
  }

  /** The code in the editor. */
  getCode(): string {
    return this.#editor?.getValue() ?? "";
  }

  /** Replaces the code (e.g. from a share link), keeping the replaced draft under `:previous`. */
  replaceCode(code: string): void {
    if (this.#editor === undefined || code === this.getCode()) return;
    this.#store?.reset(this.getCode(), this.#starter);
    this.#editor.setValue(code);
  }

  /** Runs the code as the Run button does. */
  run(): Promise<RunResult | undefined> {
    return this.execute({ clock: "real" });
  }

  /** Stops the current run, if any; its result is reported as `stopped`. */
  stop(): void {
    this.#handle?.cancel();
  }

  /**
   * Runs the code, cancelling any run in progress, and streams output into
   * the log. Resolves with the result, or `undefined` when a newer run
   * replaced this one.
   */
  async execute(options: ExecuteOptions): Promise<RunResult | undefined> {
    this.#handle?.cancel();
    const generation = ++this.#generation;
    const language = this.language;
    const timeLimitMs = options.timeLimitMs ?? Number(this.dataset["timeLimitMs"] ?? 10_000);
    this.#saver.flush();
    this.#log.clear();
    this.#setRunning(
      true,
      startedLanguages.has(language) ? "Running…" : `Starting ${language === "python" ? "Python" : "TypeScript"}…`,
    );

    // `support` is sent ahead of the protocol: plain runs of exercises with support modules need it.
    const request: RunRequest & { support?: Record<string, string> } = {
      code: this.getCode(),
      filename: this.dataset["filename"] ?? (language === "python" ? "main.py" : "main.ts"),
      clock: options.clock,
      timeLimitMs,
    };
    if (options.harness !== undefined) request.harness = options.harness;
    const support = this.#support();
    if (support !== undefined) request.support = support;

    let result: RunResult;
    try {
      const handle = getRunner(language, assetBase()).run(request, (line) => {
        if (generation !== this.#generation) return;
        this.#state.textContent = "Running…";
        this.#log.write(line);
      });
      this.#handle = handle;
      result = await handle.promise;
    } catch (error) {
      result = { status: "crashed", durationMs: 0, note: error instanceof Error ? error.message : String(error) };
    }
    if (generation !== this.#generation) return undefined;
    startedLanguages.add(language);
    this.#handle = undefined;
    this.#setRunning(false, "");
    for (const line of describeRunEnd(result, timeLimitMs)) this.#log.status(line);
    return result;
  }

  /** Shows a non-blocking message above the editor, optionally with one action button. */
  notify(message: string, action?: { label: string; run: () => void }): void {
    const text = document.createElement("span");
    text.textContent = message;
    const parts: Node[] = [text];
    if (action !== undefined) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "pc-button pc-button--small";
      button.textContent = action.label;
      button.addEventListener("click", () => {
        action.run();
        this.#notice.hidden = true;
      });
      parts.push(button);
    }
    this.#notice.replaceChildren(...parts);
    this.#notice.hidden = false;
  }

  #support(): Record<string, string> | undefined {
    const script = this.querySelector("script[data-support]");
    if (script?.textContent == null || script.textContent === "") return undefined;
    return JSON.parse(script.textContent) as Record<string, string>;
  }

  #setRunning(running: boolean, state: string): void {
    this.#stop.disabled = !running;
    this.#state.textContent = state;
    this.toggleAttribute("data-running", running);
  }

  #save(): void {
    if (this.#editor !== undefined) this.#store?.save(this.#editor.getValue(), this.#starter);
  }

  #useEditor(editor: CodeEditor): void {
    this.#editor = editor;
    editor.onChange(() => this.#saver.schedule());
  }

  #reset(): void {
    const current = this.getCode();
    if (this.#editor === undefined || current === this.#starter) return;
    this.#store?.reset(current, this.#starter);
    this.#editor.setValue(this.#starter);
    this.notify("Restored the starting code.", {
      label: "Undo reset",
      run: () => this.#editor?.setValue(current),
    });
  }

  async #upgrade(textarea: HTMLTextAreaElement): Promise<void> {
    const host = required(this, ".pc-runner__monaco", HTMLElement);
    let setup: Awaited<ReturnType<typeof loadMonaco>>;
    try {
      setup = await loadMonaco();
    } catch {
      this.notify("The full code editor could not load, so this plain one stays. Your code still runs.");
      return;
    }
    const hadFocus = document.activeElement === textarea;
    const previous = this.#editor;
    host.hidden = false;
    const editor = setup.createMonacoEditor(host, {
      language: this.language,
      code: previous?.getValue() ?? textarea.value,
      path: this.dataset["storageKey"] ?? `runner-${Math.random().toString(36).slice(2)}`,
      support: this.#support() ?? {},
      ariaLabel: textarea.getAttribute("aria-label") ?? "Code editor",
      onRun: () => void this.run(),
    });
    previous?.dispose();
    textarea.hidden = true;
    this.#useEditor(editor);
    if (hadFocus) editor.focus();
  }
}

if (!customElements.get("pc-code-runner")) customElements.define("pc-code-runner", CodeRunnerElement);

declare global {
  interface HTMLElementTagNameMap {
    "pc-code-runner": CodeRunnerElement;
  }
}
