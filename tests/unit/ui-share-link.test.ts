import { describe, expect, it } from "vitest";
import { decodeShareFragment, encodeShareFragment } from "../../src/client/share-link.ts";

describe("share links", () => {
  it("round-trips non-ASCII Python through the fragment", () => {
    const code = 'print("héllo, 世界 🐍")\n# ünïcode\n';
    const fragment = encodeShareFragment("python", code);
    expect(fragment.startsWith("#py=")).toBe(true);
    expect(decodeShareFragment(fragment)).toEqual({ kind: "code", shared: { language: "python", code } });
  });

  it("uses the URL-safe alphabet without padding", () => {
    const fragment = encodeShareFragment("typescript", "??>>~~~ a");
    expect(fragment).toMatch(/^#ts=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({
      kind: "code",
      shared: { language: "typescript", code: "??>>~~~ a" },
    });
  });

  it("round-trips the empty program", () => {
    expect(decodeShareFragment(encodeShareFragment("python", ""))).toEqual({
      kind: "code",
      shared: { language: "python", code: "" },
    });
  });

  it("ignores fragments that are not share links", () => {
    expect(decodeShareFragment("")).toEqual({ kind: "none" });
    expect(decodeShareFragment("#section-2")).toEqual({ kind: "none" });
    expect(decodeShareFragment("#rb=abc")).toEqual({ kind: "none" });
  });

  it("reports characters outside base64url as a damaged link", () => {
    const result = decodeShareFragment("#py=not valid!");
    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(result.message).toMatch(/damaged/);
  });

  it("reports a cut-short link whose bytes are not UTF-8", () => {
    const full = encodeShareFragment("python", "é");
    // One base64 character of a two-byte character decodes to a lone lead byte.
    expect(decodeShareFragment(full.slice(0, -1)).kind).toBe("invalid");
  });
});
