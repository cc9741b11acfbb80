import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { samplePages } from "./helpers";

const pages = { ...samplePages(), searchResults: "/search/?q=sparse+autoencoders&year=abc", notFound: "/no-such-page/" };

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const [kind, path] of Object.entries(pages)) {
      test(`axe finds no violations on the ${kind} page`, async ({ page }) => {
        await page.goto(path);
        if (path.includes("?q=")) await expect(page.locator("ol[data-query] > li").first()).toBeVisible();
        const result = await new AxeBuilder({ page }).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}

test("keyboard: the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto(samplePages().paperWithMath);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("keyboard: focus is visible on links and buttons", async ({ page }) => {
  await page.goto(samplePages().topic);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
});

test("no page is wider than a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [kind, path] of Object.entries(pages)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, kind).toBeLessThanOrEqual(0);
  }
});
