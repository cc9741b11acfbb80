import { expect, test } from "@playwright/test";
import { paperPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { catalog, samplePages } from "./helpers";

test("each page has its own title, description, canonical URL and OpenGraph tags", async ({ page }) => {
  const titles = new Set<string>();
  const seen = new Set<string>();
  for (const [kind, path] of Object.entries(samplePages())) {
    if (seen.has(path)) continue;
    seen.add(path);
    await page.goto(path);
    const title = await page.title();
    expect(title, kind).not.toBe("");
    expect(titles.has(title), `${kind} title "${title}" is unique`).toBe(false);
    titles.add(title);
    expect(await page.locator('meta[name="description"]').getAttribute("content"), kind).toBeTruthy();
    await expect(page.locator('link[rel="canonical"]'), kind).toHaveAttribute("href", absoluteUrl(path));
    await expect(page.locator('meta[property="og:url"]'), kind).toHaveAttribute("content", absoluteUrl(path));
    expect(await page.locator('meta[property="og:title"]').getAttribute("content"), kind).toBeTruthy();
    expect(await page.locator('meta[property="og:description"]').getAttribute("content"), kind).toBeTruthy();
    await expect(page.locator('link[rel="icon"]').first(), kind).toHaveAttribute("href", /icon/);
  }
});

test("a paper page carries citation_title and ScholarlyArticle JSON-LD", async ({ page }) => {
  const paper = catalog().papers.find((p) => p.date) ?? catalog().papers[0]!;
  await page.goto(paperPath(paper.id));
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute("content", paper.title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!);
  expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "ScholarlyArticle", name: paper.title, url: absoluteUrl(paperPath(paper.id)) });
  if (paper.date) expect(data.datePublished).toBe(paper.date);
});

test("sitemap.xml lists every paper, robots.txt points to it, the favicon is served", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const p of catalog().papers) expect(sitemap).toContain(`<loc>${absoluteUrl(paperPath(p.id))}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${absoluteUrl("/sitemap.xml")}`);
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("svg");
});
