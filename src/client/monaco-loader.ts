/**
 * Decides whether and when Monaco replaces the textarea. It is fetched only
 * when an editor is about to scroll into view, and never on touch-only
 * devices: Monaco has no real touch support (monaco-editor#246), so phones
 * and tablets keep the plain textarea, which works with their keyboards,
 * selection handles and zoom.
 */
type MonacoSetup = typeof import("./monaco-setup.ts");

let loading: Promise<MonacoSetup> | undefined;

/** Loads the Monaco bundle once per page. */
export function loadMonaco(): Promise<MonacoSetup> {
  loading ??= import("./monaco-setup.ts");
  return loading;
}

/** Whether this device should get Monaco: it needs a fine pointer (mouse or trackpad). */
export function wantsMonaco(): boolean {
  return matchMedia("(any-pointer: fine)").matches && !new URLSearchParams(location.search).has("plain-editor");
}

/** Calls `callback` once `element` is near the viewport (or at once without IntersectionObserver). */
export function whenNearViewport(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === "undefined") {
    callback();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        callback();
      }
    },
    { rootMargin: "400px 0px" },
  );
  observer.observe(element);
}

/** Runs `task` when the browser is idle (or soon, where `requestIdleCallback` is missing). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 500);
}
