/**
 * Turns the bytes a stream writes into whole lines. A partial last line is
 * held until its newline arrives or `flush()` is called at the end of a run.
 */
export class LineSplitter {
  readonly #decoder = new TextDecoder();
  readonly #emit: (text: string) => void;
  #pending = "";

  constructor(emit: (text: string) => void) {
    this.#emit = emit;
  }

  write(bytes: Uint8Array): void {
    // `stream: true` keeps a multi-byte character split across writes intact.
    this.#pending += this.#decoder.decode(bytes, { stream: true });
    let newline = this.#pending.indexOf("\n");
    while (newline !== -1) {
      this.#emit(this.#pending.slice(0, newline));
      this.#pending = this.#pending.slice(newline + 1);
      newline = this.#pending.indexOf("\n");
    }
  }

  flush(): void {
    this.#pending += this.#decoder.decode();
    if (this.#pending !== "") this.#emit(this.#pending);
    this.#pending = "";
  }
}
