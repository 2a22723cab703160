/**
 * `<pc-exercise>`: grades the code in its `<pc-code-runner>` on the virtual
 * clock, renders the checklist, reveals hints one at a time and remembers
 * solved exercises. Markup comes from Exercise.astro.
 */
import type { Check } from "../schemas/check.ts";
import type { HarnessSpec } from "../runners/protocol.ts";
import { grade } from "../runners/grading/grade.ts";
import "./code-runner-element.ts";
import { gradeView, hintButtonLabel, type GradeView } from "./grade-view.ts";
import { ProgressStore } from "./progress-store.ts";
import { SafeStorage, browserStorage } from "./safe-storage.ts";

/** What Exercise.astro embeds for grading. */
interface GradingData {
  id: string;
  checks: Check[];
  harness: HarnessSpec;
  timeLimitMs: number;
}

function readGradingData(root: Element): GradingData {
  const script = root.querySelector("script[data-grading]");
  if (script?.textContent == null) throw new Error("pc-exercise: missing its grading data");
  return JSON.parse(script.textContent) as GradingData;
}

/** Renders one checklist row; the symbol is hidden from screen readers, which hear Passed/Failed. */
function checklistRow(item: GradeView["items"][number]): HTMLLIElement {
  const row = document.createElement("li");
  row.className = `pc-exercise__check pc-exercise__check--${item.srText === "Passed" ? "passed" : "failed"}`;
  const mark = document.createElement("span");
  mark.className = "pc-exercise__mark";
  mark.setAttribute("aria-hidden", "true");
  mark.textContent = item.symbol;
  const label = document.createElement("span");
  const spoken = document.createElement("span");
  spoken.className = "pc-sr-only";
  spoken.textContent = `${item.srText}: `;
  label.append(spoken, item.label);
  row.append(mark, label);
  if (item.message !== undefined) {
    const message = document.createElement("p");
    message.className = "pc-exercise__message";
    message.textContent = item.message;
    row.append(message);
  }
  return row;
}

/** The custom element. */
export class ExerciseElement extends HTMLElement {
  #wired = false;

  connectedCallback(): void {
    if (this.#wired) return;
    this.#wired = true;
    const data = readGradingData(this);
    const progress = new ProgressStore(new SafeStorage(browserStorage()));
    if (progress.isSolved(data.id)) this.#showSolved();

    const check = this.querySelector<HTMLButtonElement>("[data-action=check]");
    const hint = this.querySelector<HTMLButtonElement>("[data-action=hint]");
    check?.addEventListener("click", () => void this.#check(data, progress, check));
    hint?.addEventListener("click", () => this.#revealHint(hint));
  }

  async #check(data: GradingData, progress: ProgressStore, button: HTMLButtonElement): Promise<void> {
    const runner = this.querySelector("pc-code-runner");
    const summary = this.querySelector<HTMLElement>("[data-summary]");
    const list = this.querySelector<HTMLElement>("[data-checklist]");
    if (runner === null || summary === null || list === null) return;
    button.disabled = true;
    summary.textContent = "Checking…";
    list.hidden = true;
    try {
      const result = await runner.execute({ clock: "virtual", harness: data.harness, timeLimitMs: data.timeLimitMs });
      // undefined: the learner pressed Run or Check again, and that newer run reports instead.
      if (result === undefined) {
        summary.textContent = "";
        return;
      }
      const view = gradeView(grade(data.checks, result));
      summary.textContent = view.summary;
      list.replaceChildren(...view.items.map(checklistRow));
      list.hidden = false;
      if (view.passed) {
        progress.markSolved(data.id);
        this.#showSolved();
      }
    } finally {
      button.disabled = false;
    }
  }

  #revealHint(button: HTMLButtonElement): void {
    const hints = [...this.querySelectorAll<HTMLElement>("[data-hints] > li")];
    const next = hints.find((item) => item.hidden);
    if (next === undefined) return;
    next.hidden = false;
    next.querySelector<HTMLElement>(".pc-exercise__hint-heading")?.focus();
    const revealed = hints.filter((item) => !item.hidden).length;
    const label = hintButtonLabel(revealed, hints.length);
    if (label === undefined) button.hidden = true;
    else button.textContent = label;
  }

  #showSolved(): void {
    this.setAttribute("data-solved", "");
    const badge = this.querySelector<HTMLElement>("[data-solved-badge]");
    if (badge !== null) badge.hidden = false;
  }
}

if (!customElements.get("pc-exercise")) customElements.define("pc-exercise", ExerciseElement);
