// The islands on a catalog hosted under a base path (/atlas, as on a GitHub Pages project site):
// the header box and the search page fetch the index under the base path and link results there,
// and Copy link copies the permalink with it. A hostile title is searched and shown as text.
import { expect, test } from "@playwright/test";
import { at, FIXTURE_SITE_URL, HOSTILE_PAPERS } from "./helpers";

test("under /atlas the header box and the search page find papers and link them under the base path", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await page.goto(at("/topics/widgets/"));
  const box = page.locator("#site-search-input");
  await expect(async () => {
    await box.fill("");
    await box.pressSequentially("calibrating widgets");
    await expect(page.getByRole("option").first()).toBeVisible({ timeout: 2_000 });
  }).toPass();
  for (const href of await page.getByRole("option").evaluateAll((os) => os.map((o) => o.getAttribute("href")!))) expect(href).toMatch(/^\/atlas\/papers\/[a-z0-9-]+\/$/);

  await page.goto(at("/search/?q=calibrating+widgets"));
  const results = page.locator("a[data-result]");
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) expect(href).toMatch(/^\/atlas\/papers\/[a-z0-9-]+\/$/);
  await page.locator("#search-page-input").fill("widgets setting");
  await expect(page).toHaveURL(/\/atlas\/search\/\?q=widgets\+setting$/);
  expect(failed).toEqual([]);
});

test("under /atlas Copy link copies the permalink with the base path, and a hostile title is found as text", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(at(`/papers/${HOSTILE_PAPERS.script}/`));
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${FIXTURE_SITE_URL}/atlas/papers/${HOSTILE_PAPERS.script}/`);

  await page.goto(at("/search/?q=script"));
  const hit = page.locator(`a[data-result][href="/atlas/papers/${HOSTILE_PAPERS.script}/"]`);
  await expect(hit).toBeVisible();
  expect(await hit.textContent()).toContain("<script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test("a paper's arXiv id or DOI, pasted as the listing names it or as its URL, finds that paper first", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  const widget = (n: number) => new RegExp(`Widget Study ${String(n).padStart(2, "0")}:`);
  for (const [query, n] of [["2401.00001", 1], ["https://arxiv.org/abs/2401.00001v3", 1], ["doi:10.1000/widget.2", 2]] as const) {
    await page.goto(at(`/search/?q=${encodeURIComponent(query)}`));
    await expect(page.locator("a[data-result]").first(), query).toHaveText(widget(n));
    await expect(page.locator("a[data-result]"), query).toHaveCount(1);
  }
  // In the header box too.
  await page.goto(at("/topics/widgets/"));
  const box = page.locator("#site-search-input");
  await expect(async () => {
    await box.fill("");
    await box.pressSequentially("arXiv:2401.00001");
    await expect(page.getByRole("option").first()).toHaveText(widget(1), { timeout: 2_000 });
  }).toPass();
  expect(failed).toEqual([]);
});
