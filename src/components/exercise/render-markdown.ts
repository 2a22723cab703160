/**
 * Build-time Markdown for exercise prompts and hints, which live in
 * exercise.yaml rather than in MDX. Uses the same processor Astro uses for
 * Markdown, with the site's two Shiki themes and no default colour, exactly as
 * astro.config.mjs configures them, so the site's code-block CSS applies.
 */
import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";

type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
let renderer: Promise<Renderer> | undefined;

/** Renders trusted, author-written Markdown to HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= createSatteriMarkdownProcessor({
    shikiConfig: { themes: { light: "github-light", dark: "github-dark" }, defaultColor: false },
  });
  const result = await (await renderer).render(markdown);
  return result.code;
}
