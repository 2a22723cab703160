/** The static site around the editors: course map, lesson navigation, 404, theme and search. */
import { expect, test } from "@playwright/test";
import { LESSON_PATH, LESSON_TITLE } from "./helpers.ts";

test("the home page's course map links to the lesson", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: LESSON_TITLE, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${LESSON_PATH}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LESSON_TITLE);
});

test("the lesson page has a table of contents and lesson navigation", async ({ page }) => {
  await page.goto(LESSON_PATH);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "Overlapping the waits with asyncio.gather" }).click();
  await expect(page).toHaveURL(/#overlapping-the-waits-with-asynciogather$/);
  await expect(page.getByRole("heading", { name: "Overlapping the waits with asyncio.gather" })).toBeInViewport();

  // The first lesson has a next lesson but no previous one.
  const pager = page.getByRole("navigation", { name: "Lessons" });
  await expect(pager.getByRole("link", { name: /Previous lesson/ })).toHaveCount(0);
  await pager.getByRole("link", { name: /Next lesson/ }).click();
  await expect(
    page.getByRole("navigation", { name: "Lessons" }).getByRole("link", { name: /Previous lesson/ }),
  ).toBeVisible();
});

test("an unknown address gets the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-lesson/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the course map" })).toBeVisible();
});

test("the dark-mode toggle flips data-theme and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
});

test("search finds the lesson", async ({ page }) => {
  await page.goto("/search/");
  const search = page.getByRole("search", { name: "Search this site" });
  await search.getByRole("textbox", { name: "Search" }).fill("gather");
  await search.getByRole("link", { name: LESSON_TITLE }).first().click();
  await expect(page).toHaveURL(new RegExp(LESSON_PATH));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LESSON_TITLE);
});
