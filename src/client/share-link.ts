/**
 * Playground share links: the program travels in the URL fragment as
 * `#py=<base64url>` or `#ts=<base64url>` of its UTF-8 bytes, so a link never
 * reaches a server and works on any static host.
 */
import type { Language } from "../runners/protocol.ts";

const kPrefixes: Record<Language, string> = { python: "py", typescript: "ts" };

/** A decoded share link: the language to switch to and the code to load. */
export interface SharedCode {
  language: Language;
  code: string;
}

/** What reading a fragment gave: nothing to load, code, or a reason it could not be read. */
export type ShareLinkResult =
  { kind: "none" } | { kind: "code"; shared: SharedCode } | { kind: "invalid"; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error("not base64url");
  const padded = text.replaceAll("-", "+").replaceAll("_", "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment (with its leading `#`) that carries `code` in `language`. */
export function encodeShareFragment(language: Language, code: string): string {
  return `#${kPrefixes[language]}=${toBase64Url(new TextEncoder().encode(code))}`;
}

/**
 * Reads a location fragment. A fragment that is not a share link at all is
 * `none`; one that looks like a share link but cannot be decoded is `invalid`
 * with a message for the learner, so the caller can keep the stored draft.
 */
export function decodeShareFragment(hash: string): ShareLinkResult {
  const match = /^#?(py|ts)=(.*)$/s.exec(hash);
  if (match === null) return { kind: "none" };
  const [, prefix, payload = ""] = match;
  const language: Language = prefix === "py" ? "python" : "typescript";
  try {
    const code = new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(payload));
    return { kind: "code", shared: { language, code } };
  } catch {
    return {
      kind: "invalid",
      message:
        "This share link is damaged (it may have been cut short when it was copied), so your saved code was loaded instead.",
    };
  }
}
