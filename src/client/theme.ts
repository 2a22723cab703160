/** The site's colour scheme, as set by the site chrome on `<html data-theme>`. */

/** Shiki theme names; the site's static code blocks use the same two. */
export const LIGHT_THEME = "github-light";
export const DARK_THEME = "github-dark";

/** The current scheme: `data-theme` wins, else the system preference. */
export function currentScheme(): "light" | "dark" {
  const attribute = document.documentElement.dataset["theme"];
  if (attribute === "dark" || attribute === "light") return attribute;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Calls `listener` whenever the scheme may have changed; returns a function that stops listening. */
export function watchScheme(listener: (scheme: "light" | "dark") => void): () => void {
  const notify = (): void => listener(currentScheme());
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const media = matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", notify);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", notify);
  };
}
