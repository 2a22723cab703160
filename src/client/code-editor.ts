/**
 * The editing surface behind a code runner. A plain `<textarea>` is the
 * first one and the fallback; Monaco replaces it when it has loaded on a
 * device with a fine pointer. Both keep the same keyboard contract:
 * Ctrl/Cmd+Enter runs, Tab indents, and Esc then Tab leaves the editor.
 */

/** What a code runner needs from an editor, whichever one it is. */
export interface CodeEditor {
  getValue(): string;
  /** Replaces the whole text (as one undoable edit in Monaco) without moving focus. */
  setValue(code: string): void;
  onChange(listener: () => void): void;
  focus(): void;
  dispose(): void;
}

/** True for Ctrl+Enter, or Cmd+Enter on Apple keyboards. */
export function isRunShortcut(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey;
}

const kIndent = "    ";

/**
 * Wraps the server-rendered textarea. Tab inserts four spaces so code can be
 * indented, except right after Esc, so keyboard users are never trapped.
 */
export class TextareaEditor implements CodeEditor {
  readonly #textarea: HTMLTextAreaElement;
  readonly #onRun: () => void;
  #escaped = false;
  readonly #listeners: (() => void)[] = [];

  constructor(textarea: HTMLTextAreaElement, onRun: () => void) {
    this.#textarea = textarea;
    this.#onRun = onRun;
    textarea.addEventListener("keydown", this.#onKeyDown);
    textarea.addEventListener("input", this.#onInput);
  }

  readonly #onInput = (): void => {
    for (const listener of this.#listeners) listener();
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (isRunShortcut(event)) {
      event.preventDefault();
      this.#onRun();
      return;
    }
    if (event.key === "Escape") {
      this.#escaped = true;
      return;
    }
    if (event.key === "Tab" && !this.#escaped && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.#textarea.setRangeText(kIndent, this.#textarea.selectionStart, this.#textarea.selectionEnd, "end");
      this.#onInput();
      return;
    }
    this.#escaped = false;
  };

  getValue(): string {
    return this.#textarea.value;
  }

  setValue(code: string): void {
    // A plain assignment: it does not steal focus, and the replaced draft is kept in storage anyway.
    this.#textarea.value = code;
    this.#onInput();
  }

  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  focus(): void {
    this.#textarea.focus();
  }

  dispose(): void {
    this.#textarea.removeEventListener("keydown", this.#onKeyDown);
    this.#textarea.removeEventListener("input", this.#onInput);
    this.#listeners.length = 0;
  }
}
