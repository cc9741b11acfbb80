// Every page is plain HTML with islands (scripts/static-pages.ts): it loads none of Next's
// JavaScript and carries no RSC payload, yet its header search box, "Copy link" and citation copy
// buttons work, and so does the search page (search.spec.ts has the rest of it).
import { expect, test, type Page } from "@playwright/test";
import { searchPath } from "@/lib/routes";
import { catalog, samplePages } from "./helpers";

function scripts(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

test("every kind of page loads its islands and none of Next's scripts", async ({ page }) => {
  const p = samplePages();
  for (const route of [p.home, p.topic, p.paperWithMath, p.source, p.topics, `${searchPath()}?q=attention`, "/no-such-page/"]) {
    const loaded = scripts(page);
    await page.goto(route);
    await expect(page.locator("#site-search-input")).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(loaded.filter((u) => u.includes("/_next/")), route).toEqual([]);
    expect(loaded.some((u) => /\/_islands\/(page|search)-[\w-]+\.js$/.test(u)), route).toBe(true);
    expect(await page.evaluate(() => "__next_f" in self), route).toBe(false);
    page.removeAllListeners("request");
  }
});

test("on a static paper page the islands work: header search, copy link, copy BibTeX", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const c = catalog();
  const paper = c.papers.find((x) => x.title.split(/\s+/).length >= 4 && !x.titleInferred)!;
  await page.goto(samplePages().paperWithLinks);
  const box = page.locator("#site-search-input");
  // Typed until the island answers: the box works as a plain form before it hydrates.
  await expect(async () => {
    await box.fill("");
    await box.pressSequentially(paper.title.split(/\s+/).slice(0, 4).join(" "));
    await expect(page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option").first()).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expect(page.getByRole("option", { name: paper.title })).toBeVisible();
  await box.press("Escape");

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator("[data-permalink]").getAttribute("href"));

  await page.locator("[data-cite] summary").click();
  await page.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(page.getByText("BibTeX copied")).toBeVisible();
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe((await page.locator("[data-cite-bibtex]").textContent())!.trim());
});

test("the search page works as an island: results for the URL's query, then for what is typed", async ({ page }) => {
  await page.goto(`${searchPath()}?q=attention`);
  const results = page.locator("a[data-result]");
  await expect(results.first()).toBeVisible();
  await page.locator("#search-page-input").fill("quantization");
  await expect(page).toHaveURL(/q=quantization/);
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(0);
});

test("what a reader types before the page is interactive is searched, not wiped", async ({ page }) => {
  for (const [route, box, result] of [
    [searchPath(), "#search-page-input", "a[data-result]"],
    [samplePages().topics, "#site-search-input", "[role=option]"],
  ] as const) {
    // The island scripts are held back until the reader has typed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_islands/**", async (r) => {
      await held;
      await r.continue();
    });
    await page.goto(route, { waitUntil: "commit" });
    await page.locator(box).pressSequentially("quantization");
    release();
    await expect(page.locator(result).first()).toBeVisible();
    await expect(page.locator(box)).toHaveValue("quantization");
    await page.unrouteAll();
  }
  await expect(page).toHaveURL(/\/topics\/$/);
});

test("a formula's fonts load as WOFF2 from the site, and nothing the page asks for is missing", async ({ page }) => {
  const fonts: string[] = [];
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    if (r.request().resourceType() === "font") fonts.push(new URL(r.url()).pathname);
  });
  await page.goto(samplePages().paperWithMath);
  await expect(page.locator(".katex").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState("networkidle");
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f).toMatch(/^\/_next\/static\/media\/KaTeX_[\w-]+\.[\w-]+\.woff2$/);
  expect(await page.evaluate(() => document.fonts.check("16px KaTeX_Main"))).toBe(true);
  expect(failed).toEqual([]);
});
