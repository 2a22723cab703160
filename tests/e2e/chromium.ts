import { existsSync } from "node:fs";

/** Debian's Chromium; Playwright must never download a browser of its own here. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * The browser the end-to-end tests drive: the system Chromium when there is
 * one, otherwise whatever Playwright already has installed. Returns the
 * executable path, or undefined to let Playwright use its own.
 */
export function chromiumExecutable(): string | undefined {
  const override = process.env["CHROMIUM_PATH"];
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH points to ${override}, which does not exist.`);
    return override;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  console.warn(
    [
      `No Chromium at ${SYSTEM_CHROMIUM}; falling back to a browser installed by Playwright, if any.`,
      "To get one on Debian or Ubuntu: sudo apt-get install chromium",
      "Or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    ].join("\n"),
  );
  return undefined;
}
