/**
 * `<pc-quiz>`: checks the chosen option, says whether it is right, reveals the
 * explanation and remembers a correct answer. Markup comes from Quiz.astro.
 */
import { ProgressStore } from "./progress-store.ts";
import { judgeQuizAnswer, quizProgressId } from "./quiz-answer.ts";
import { SafeStorage, browserStorage } from "./safe-storage.ts";

export class QuizElement extends HTMLElement {
  #wired = false;

  connectedCallback(): void {
    if (this.#wired) return;
    this.#wired = true;
    const answer = Number(this.dataset["answer"]);
    const progressId = quizProgressId(this.dataset["lesson"] ?? "", this.dataset["quizId"] ?? "");
    const progress = new ProgressStore(new SafeStorage(browserStorage()));
    const form = this.querySelector("form");
    const status = this.querySelector<HTMLElement>("[role=status]");
    const explanation = this.querySelector<HTMLElement>("[data-explanation]");
    const inputs = [...this.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    const labels = inputs.map((input) => input.closest("label")?.textContent.trim() ?? "");
    const show = (correct: boolean, message: string): void => {
      if (status) status.textContent = message;
      this.classList.toggle("pc-quiz--correct", correct);
      this.classList.toggle("pc-quiz--wrong", !correct);
      if (explanation) explanation.hidden = false;
    };
    if (progress.isSolved(progressId)) {
      const right = inputs[answer];
      if (right) right.checked = true;
      show(true, "Correct. (You answered this before.)");
    }
    form?.addEventListener("submit", (event) => {
      event.preventDefault();
      const chosen = inputs.findIndex((input) => input.checked);
      const verdict = judgeQuizAnswer(chosen < 0 ? undefined : chosen, answer, labels);
      if (chosen < 0) {
        if (status) status.textContent = verdict.message;
        return;
      }
      show(verdict.correct, verdict.message);
      if (verdict.correct) progress.markSolved(progressId);
    });
  }
}

if (!customElements.get("pc-quiz")) customElements.define("pc-quiz", QuizElement);
