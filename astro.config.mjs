// @ts-check
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { codeRunnerPlugin } from "./src/integrations/code-runner-plugin.ts";

/**
 * Hosting is configured through the environment, so one build recipe serves
 * every host:
 *   SITE_URL   absolute origin of the deployed site (e.g. https://example.org), optional
 *   SITE_BASE  sub-path the site lives under (e.g. /course/); default /
 */
const base = normaliseBase(process.env.SITE_BASE ?? "/");

// SharedArrayBuffer (the Python interrupt buffer, Atomics.wait) exists only on
// cross-origin-isolated pages. Production hosts get the same headers from
// public/_headers, or from public/sw.js where a host cannot set headers.
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  markdown: {
    processor: satteri({ mdastPlugins: [codeRunnerPlugin] }),
    shikiConfig: {
      themes: { light: "github-light", dark: "github-dark" },
      // No default colour: src/styles picks --shiki-light or --shiki-dark from data-theme.
      defaultColor: false,
    },
  },
  // Astro applies server.headers to both `astro dev` and `astro preview`.
  server: { headers: isolationHeaders },
  vite: {
    // The Vite servers too, for files Vite serves itself (workers, /@fs).
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
    // Monaco's and the runners' workers are module workers.
    worker: { format: "es" },
  },
});

/**
 * "/course" or "course/" → "/course/"; "" → "/".
 * @param {string} value
 */
function normaliseBase(value) {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
