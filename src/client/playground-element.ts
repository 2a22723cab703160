/**
 * `<pc-playground>`: switches between a Python and a TypeScript code runner,
 * and shares the visible program as a link whose fragment carries the code.
 * Opening such a link loads it; a damaged link says so and keeps the draft.
 */
import type { Language } from "../runners/protocol.ts";
import type { CodeRunnerElement } from "./code-runner-element.ts";
import "./code-runner-element.ts";
import { SafeStorage, browserStorage } from "./safe-storage.ts";
import { decodeShareFragment, encodeShareFragment } from "./share-link.ts";

const kLanguageKey = "pc:playground:language";

/** The custom element. */
export class PlaygroundElement extends HTMLElement {
  #language: Language = "python";
  #storage = new SafeStorage(browserStorage());
  #wired = false;

  connectedCallback(): void {
    if (this.#wired) return;
    this.#wired = true;
    for (const button of this.querySelectorAll<HTMLButtonElement>("[data-choose-language]")) {
      button.addEventListener("click", () =>
        this.#switchTo(button.dataset["chooseLanguage"] === "typescript" ? "typescript" : "python", true),
      );
    }
    this.querySelector("[data-action=share]")?.addEventListener("click", () => void this.#share());
    this.#switchTo(this.#storage.get(kLanguageKey) === "typescript" ? "typescript" : "python", false);
    this.#loadFromLocation();
    addEventListener("hashchange", () => this.#loadFromLocation());
  }

  #runner(language: Language): CodeRunnerElement | null {
    return this.querySelector<CodeRunnerElement>(`[data-panel=${language}] pc-code-runner`);
  }

  #switchTo(language: Language, remember: boolean): void {
    this.#language = language;
    for (const panel of this.querySelectorAll<HTMLElement>("[data-panel]"))
      panel.hidden = panel.dataset["panel"] !== language;
    for (const button of this.querySelectorAll<HTMLButtonElement>("[data-choose-language]")) {
      button.setAttribute("aria-pressed", String(button.dataset["chooseLanguage"] === language));
    }
    if (remember) this.#storage.set(kLanguageKey, language);
  }

  #loadFromLocation(): void {
    const link = decodeShareFragment(location.hash);
    if (link.kind === "none") return;
    if (link.kind === "invalid") {
      this.#say(link.message);
      return;
    }
    this.#switchTo(link.shared.language, false);
    // replaceCode keeps the learner's own draft under `:previous`, so opening a link loses nothing.
    this.#runner(link.shared.language)?.replaceCode(link.shared.code);
    this.#say("Loaded the shared code. Your own previous code is kept in this browser.");
  }

  async #share(): Promise<void> {
    const runner = this.#runner(this.#language);
    if (runner === null) return;
    history.replaceState(history.state, "", encodeShareFragment(this.#language, runner.getCode()));
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.#say("Link copied to the clipboard. Anyone who opens it sees this code.");
    } catch {
      this.#offerManualCopy(url);
    }
  }

  /** Clipboard access was denied: show the link selected, ready to copy by hand. */
  #offerManualCopy(url: string): void {
    const status = this.querySelector<HTMLElement>("[data-share-status]");
    if (status === null) return;
    const label = document.createElement("label");
    label.textContent = "Copy this link: ";
    const field = document.createElement("input");
    field.className = "pc-playground__link";
    field.readOnly = true;
    field.value = url;
    label.append(field);
    status.replaceChildren(label);
    field.focus();
    field.select();
  }

  #say(message: string): void {
    const status = this.querySelector<HTMLElement>("[data-share-status]");
    if (status !== null) status.textContent = message;
  }
}

if (!customElements.get("pc-playground")) customElements.define("pc-playground", PlaygroundElement);
