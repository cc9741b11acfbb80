// Feeds, exports, the Cite block and the find-the-paper links, in Chromium against the built site.
import { expect, test, type Page } from "@playwright/test";
import { bibtexEntry, plainCitation } from "@/lib/cite";
import { searchQuery } from "@/lib/find-paper";
import { citeSources, exportFile, feed } from "@/lib/outputs";
import { paperPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { catalog, samplePages } from "./helpers";

/** Every feed and export a page links to: its <link rel="alternate"> and its visible links. */
async function outputLinks(page: Page): Promise<string[]> {
  const alternates = await page.locator('head link[rel="alternate"][type]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  const visible = await page.locator("[data-feed-links] a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set([...alternates, ...visible])];
}

const pages = samplePages();
const topic = [...catalog().topics].sort((a, b) => b.count - a.count)[0]!;

for (const [name, path] of [["home", pages.home], ["topic", pages.topic], ["paper", pages.paperWithLinks]] as const) {
  test(`the feed and export links on the ${name} page resolve`, async ({ page, request }) => {
    await page.goto(path);
    // The feed icon and the site's mark are drawn by the stylesheet, once for every page.
    const drawn = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const s = getComputedStyle(el, "::before");
        return { image: `${s.maskImage || s.webkitMaskImage} ${s.backgroundImage}`, width: s.width, height: s.height };
      });
    await expect(page.locator("[data-feed-links] .feed-label").first()).toBeVisible();
    expect(await drawn("[data-feed-links] .feed-label")).toMatchObject({ image: expect.stringContaining("data:image/svg+xml"), width: "14px", height: "14px" });
    expect(await drawn("header .brand")).toMatchObject({ image: expect.stringContaining("data:image/svg+xml"), width: "24px", height: "24px" });
    const links = await outputLinks(page);
    expect(links.length).toBeGreaterThanOrEqual(name === "topic" ? 12 : 6);
    for (const href of links) {
      // Alternates are absolute URLs of the configured site; the file is the same path here.
      const res = await request.get(new URL(href).pathname);
      expect(res.status(), href).toBe(200);
      const body = await res.text();
      if (/\.(xml)$/.test(href)) expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
      if (/\.json$/.test(href)) expect(() => JSON.parse(body)).not.toThrow();
    }
  });
}

test("the topic page links that topic's feeds and downloads, and the files are what lib/outputs.ts makes", async ({ page, request }) => {
  await page.goto(pages.topic);
  const own = page.locator(`[data-feed-links="${topic.id}"]`);
  await expect(own.getByRole("link", { name: "Atom" })).toHaveAttribute("href", `/topics/${topic.id}/atom.xml`);
  await expect(own.getByRole("link", { name: "CSV" })).toHaveAttribute("download", "");
  const c = catalog();
  expect(await (await request.get(`/topics/${topic.id}/rss.xml`)).text()).toBe(feed(c, "rss", topic));
  expect(await (await request.get(`/topics/${topic.id}/papers.bib`)).text()).toBe(exportFile(c, "bib", topic));
  expect(await (await request.get("/papers.csv")).text()).toBe(exportFile(c, "csv"));
  expect(await (await request.get("/atom.xml")).text()).toBe(feed(c, "atom"));
});

test("Cite copies the BibTeX entry and the plain-text citation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const c = catalog();
  const paper = c.papers.find((p) => p.date !== null)!;
  const permalink = absoluteUrl(paperPath(paper.id));
  await page.goto(paperPath(paper.id));
  await page.getByText("Cite this paper").click();
  const bibtex = bibtexEntry(paper, permalink, citeSources(c, paper));
  await expect(page.locator("[data-cite-bibtex]")).toHaveText(bibtex.trimEnd());
  await page.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(page.getByText("BibTeX copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByText("Citation copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plainCitation(paper, permalink, citeSources(c, paper)));
  expect(plainCitation(paper, permalink, [])).toContain(paper.date!.slice(0, 4));
});

test("the find-the-paper links search for the title, or for an inferred title a phrase of the abstract", async ({ page }) => {
  const c = catalog();
  const titled = c.papers.find((p) => !p.titleInferred)!;
  const inferred = c.papers.find((p) => p.titleInferred)!;
  for (const paper of [titled, inferred]) {
    await page.goto(paperPath(paper.id));
    const nav = page.getByRole("navigation", { name: "Find the full paper" });
    const q = searchQuery(paper).text;
    if (!paper.titleInferred) expect(q).toBe(paper.title);
    const param = async (service: string, name: string) =>
      new URL((await nav.locator(`a[data-service="${service}"]:not([data-direct])`).getAttribute("href"))!).searchParams.get(name);
    expect(await param("arXiv", "query")).toBe(paper.titleInferred ? `"${q}"` : q);
    expect(await param("Semantic Scholar", "q")).toBe(q);
    expect(await param("Google Scholar", "q")).toBe(`"${q}"`);
    expect(await param("Hugging Face Papers", "q")).toBe(q);
    if (paper.titleInferred) {
      await expect(nav).toContainText(`a phrase of the abstract: \u201c${q}\u201d`);
      expect(q).not.toBe(paper.title);
      for (const word of q.split(" ")) expect(paper.abstract).toContain(word);
    }
  }
});
