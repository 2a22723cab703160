/**
 * Base-aware URLs. The site may live under a sub-path (`SITE_BASE=/course/`),
 * so every internal link and runtime URL is built from the base, never from "/".
 */

/** Joins `base` (e.g. `/` or `/course/`) and a site-relative path; keeps a trailing slash on page paths. */
export function joinBase(base: string, path = ""): string {
  const head = base.endsWith("/") ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, "")}`;
}

/** `path` under the configured base of this build (`import.meta.env.BASE_URL`). */
export function withBase(path = ""): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** URL of a lesson page. */
export function lessonUrl(lessonId: string): string {
  return withBase(`lessons/${lessonId}/`);
}
