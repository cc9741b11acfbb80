import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { FIRST_PUBLISHED } from "../../scripts/build-fixture-site";
import { at } from "./helpers";

// Between the fixture catalog's two ingests a curator cut the widget listing from three pages to
// two, removed the gadgets topic and listing, and renamed the topic old-gizmos to gizmos (see
// scripts/build-fixture-site.ts). Every topic and listing address the first ingest published must
// still answer: with the page it became, or with a page that says what happened.

test("every topic and listing address published before the edits still answers", async ({ request }) => {
  const paths = readFileSync(FIRST_PUBLISHED, "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { path: string }).path);
  expect(paths).toEqual(expect.arrayContaining(["/topics/gadgets/", "/topics/old-gizmos/", "/topics/widgets/page/3/", "/sources/widgets/page/3/"]));
  const failed: string[] = [];
  for (const p of paths) {
    const status = (await request.get(at(p))).status();
    if (status !== 200) failed.push(`${status} ${p}`);
  }
  expect(failed).toEqual([]);
});

test("a page of a list that got shorter leads to its last page", async ({ page }) => {
  await page.goto(at("/topics/widgets/page/3/"));
  await page.waitForURL(`**${at("/topics/widgets/page/2/")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Widgets");
  await page.goto(at("/sources/widgets/page/3/"));
  await page.waitForURL(`**${at("/sources/widgets/page/2/")}`);
});

test("a renamed topic's old address and feed lead to the topic it became", async ({ page, request }) => {
  await page.goto(at("/topics/old-gizmos/"));
  await page.waitForURL(`**${at("/topics/gizmos/")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gizmo repair and wear");
  const old = parseFeed(await (await request.get(at("/topics/old-gizmos/atom.xml"))).text());
  const current = parseFeed(await (await request.get(at("/topics/gizmos/atom.xml"))).text());
  expect(old.items.map((i) => i.id)).toEqual(current.items.map((i) => i.id));
  expect(old.items).toHaveLength(2);
});

test("without JavaScript, a moved address links on, names its canonical page and is not indexed", async ({ request }) => {
  const html = await (await request.get(at("/topics/old-gizmos/"))).text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/atlas/topics/gizmos/"');
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/atlas\/topics\/gizmos\/"/);
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
  expect(html).toContain('href="/atlas/topics/gizmos/"');
});

test("a removed topic and a removed listing say they are gone, and the topic's feed answers with no entries", async ({ page, request }) => {
  await page.goto(at("/topics/gadgets/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gadgets");
  await expect(page.locator("[data-tombstone]")).toHaveText("\u201cGadgets\u201d is no longer a topic of the catalog.");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
  await page.getByRole("main").getByRole("link", { name: "All topics" }).click();
  await expect(page).toHaveURL(new RegExp(`${at("/topics/")}$`));
  const feed = parseFeed(await (await request.get(at("/topics/gadgets/rss.xml"))).text());
  expect(feed.items).toHaveLength(0);

  await page.goto(at("/sources/gadgets/"));
  await expect(page.locator("[data-tombstone]")).toContainText("is no longer in the catalog");
  const sitemap = await (await request.get(at("/sitemap.xml"))).text();
  expect(sitemap).not.toContain("/topics/gadgets/");
  expect(sitemap).not.toContain("/topics/old-gizmos/");
});

test("the page of a removed topic passes the accessibility checks", async ({ page }) => {
  await page.goto(at("/topics/gadgets/"));
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
