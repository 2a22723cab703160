/** Writes run output and status lines into the `role="log"` element of a code runner. */
import type { OutputLine } from "../runners/protocol.ts";
import { OutputBudget, truncationNotice, type StatusLine } from "./run-status.ts";

/** Appends lines to a log element, capped so runaway output cannot freeze the page. */
export class OutputLog {
  readonly #element: HTMLElement;
  #budget = new OutputBudget();

  constructor(element: HTMLElement) {
    this.#element = element;
  }

  clear(): void {
    this.#element.replaceChildren();
    this.#budget = new OutputBudget();
  }

  /** Adds one stdout or stderr line. */
  write(line: OutputLine): void {
    const verdict = this.#budget.admit(line);
    if (verdict === "drop") return;
    if (verdict === "notice") {
      this.status({ text: truncationNotice(), kind: "notice" });
      return;
    }
    this.#append(line.text, `pc-output__line pc-output__line--${line.stream}`);
  }

  /** Adds a status line (a run's end, a start-up message). */
  status(line: StatusLine): void {
    this.#append(line.text, `pc-output__status pc-output__status--${line.kind}`);
  }

  #append(text: string, className: string): void {
    const row = document.createElement("div");
    row.className = className;
    row.textContent = text;
    this.#element.append(row);
    this.#element.scrollTop = this.#element.scrollHeight;
  }
}
