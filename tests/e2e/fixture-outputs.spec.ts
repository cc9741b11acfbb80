// Feeds, exports and find-the-paper links on the fixture catalog, hosted under the base path /atlas:
// links carry the base path, ids from the listing link the paper directly, hostile text stays text.
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { TOPIC_FEED_SIZE } from "@/lib/feed-order";
import { slugify } from "@/lib/slug";
import { at, FIXTURE_SITE_URL, HOSTILE_PAPERS } from "./helpers";

const widget = (n: number, word: string) => slugify(`${word} Widget Study ${String(n).padStart(2, "0")}: Calibrating Widgets in Setting ${String(n).padStart(2, "0")}`);

test("feed and export links carry the base path and resolve; feed ids are the permalinks", async ({ page, request }) => {
  await page.goto(at("/topics/widgets/"));
  const hrefs = await page.locator("[data-feed-links] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs).toContain(at("/topics/widgets/atom.xml"));
  expect(hrefs).toContain(at("/papers.json"));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  const atom = parseFeed(await (await request.get(at("/topics/widgets/atom.xml"))).text());
  // The widgets topic holds 60 papers: its feed, the newest TOPIC_FEED_SIZE.
  expect(atom.items).toHaveLength(TOPIC_FEED_SIZE);
  for (const item of atom.items) expect(item.id).toMatch(new RegExp(`^${FIXTURE_SITE_URL}/atlas/papers/[a-z0-9-]+/$`));
});

test("a hostile title in the catalog feed is text, and the page's alternates point at the base path", async ({ page, request }) => {
  await page.goto(at(`/papers/${HOSTILE_PAPERS.script}/`));
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${FIXTURE_SITE_URL}/atlas/atom.xml`);
  const rss = parseFeed(await (await request.get(at("/rss.xml"))).text());
  const item = rss.items.find((i) => i.id?.includes(HOSTILE_PAPERS.script))!;
  expect(item.title).toContain("<script>");
});

test("an arXiv id or DOI named in the listing is linked directly, before the searches", async ({ page }) => {
  await page.goto(at(`/papers/${widget(1, "Fast")}/`));
  const nav = page.getByRole("navigation", { name: "Find the full paper" });
  await expect(nav.locator("a[data-direct]").first()).toHaveAttribute("href", "https://arxiv.org/abs/2401.00001");
  await expect(nav.getByRole("link", { name: "Hugging Face paper page" })).toHaveAttribute("href", "https://huggingface.co/papers/2401.00001");
  await page.goto(at(`/papers/${widget(2, "Kernel")}/`));
  await expect(page.getByRole("navigation", { name: "Find the full paper" }).locator("a[data-direct]")).toHaveAttribute("href", "https://doi.org/10.1000/widget.2");
  await page.getByText("Cite this paper").click();
  await expect(page.locator("[data-cite-bibtex]")).toContainText("doi = {10.1000/widget.2}");
});
