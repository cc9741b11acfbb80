// Every request a reader's browser makes is for a file the static site holds: following links,
// Back and Forward, hovering links (where a router would prefetch), the header search box, the
// search page and copy permalink. Nothing is answered 404, and no page asks for a React Server
// Component payload (.txt), which the build removes (scripts/prune-export.ts).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page, type Request } from "@playwright/test";
import { paperPath, searchPath, SORTS, sourcePath, sourcesPath, topicPath, topicsPath } from "@/lib/routes";
import { catalog, paperItems } from "./helpers";

const OUT = path.join(process.cwd(), "out");

type Seen = { url: string; status: number | null; file: string | null };

/** The file of out/ a same-site URL path is served from, or null. */
function fileFor(pathname: string): string | null {
  const rel = decodeURIComponent(pathname);
  const target = path.join(OUT, rel.endsWith("/") ? path.join(rel, "index.html") : rel);
  return existsSync(target) && statSync(target).isFile() ? target : null;
}

function record(page: Page, origin: string): Seen[] {
  const seen: Seen[] = [];
  const pending = new Map<Request, Seen>();
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin) return;
    const s: Seen = { url: `${url.pathname}${url.search}`, status: null, file: fileFor(url.pathname) };
    pending.set(r, s);
    seen.push(s);
  });
  page.on("response", (r) => {
    const s = pending.get(r.request());
    if (s) s.status = r.status();
  });
  return seen;
}

async function hoverLinks(page: Page, scope = page.getByRole("main")) {
  const links = scope.getByRole("link");
  const n = Math.min(await links.count(), 6);
  for (let i = 0; i < n; i++) await links.nth(i).hover();
}

test("a reader's browsing requests only files the site holds, none answered 404", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000); // one long journey through every kind of page
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const seen = record(page, new URL(baseURL!).origin);
  const c = catalog();
  // A topic with a second order to sort by, whose first paper has related papers.
  const otherSort = (t: (typeof c.topics)[number]) => SORTS.find((s) => s !== t.defaultSort && t.sortsOff[s] === undefined);
  const topic = c.topics.find((t) => t.count > 0 && otherSort(t) && c.related(c.topicPapers(t.id, t.defaultSort)[0]!.id).length > 0)!;
  const sorted = otherSort(topic)!;
  const first = c.topicPapers(topic.id, topic.defaultSort)[0]!;
  const related = c.related(first.id)[0]!.paper;
  const location = c.locations(first)[0]!;
  const longSource = [...c.sources].sort((a, b) => b.pages - a.pages)[0]!;

  await page.goto("/");
  await hoverLinks(page);
  await page.getByRole("main").getByRole("link", { name: new RegExp(`^${escape(topic.title)}`) }).click();
  await expect(page).toHaveURL(topicPath(topic.id));
  await hoverLinks(page);
  await page.locator(`nav[aria-label="Sort papers"] a[href$="${topicPath(topic.id, sorted, 1, topic.defaultSort)}"]`).click();
  await expect(page).toHaveURL(topicPath(topic.id, sorted, 1, topic.defaultSort));
  await page.goBack();
  await expect(page).toHaveURL(topicPath(topic.id));
  await paperItems(page).getByRole("link", { name: first.title, exact: true }).click();
  await expect(page).toHaveURL(paperPath(first.id));

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  await hoverLinks(page);
  await page.getByRole("region", { name: "Related papers" }).getByRole("link", { name: related.title, exact: true }).click();
  await expect(page).toHaveURL(paperPath(related.id));
  await page.goBack();
  await expect(page).toHaveURL(paperPath(first.id));
  await page.goForward();
  await expect(page).toHaveURL(paperPath(related.id));
  await page.goBack();
  await expect(page).toHaveURL(paperPath(first.id));
  await page.getByRole("region", { name: "Listed in" }).getByRole("link").first().click();
  await expect(page).toHaveURL(location.href);
  await expect(page.locator(`[id="${location.href.split("#")[1]}"]`)).toBeVisible();

  // The header search box: pick a suggestion with the keyboard, then the full results page.
  const box = page.getByRole("banner").getByRole("combobox", { name: "Search papers" });
  // Typed once the page is interactive; the first use loads the search engine, which on a
  // loaded machine can take longer than the default wait.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await box.fill(first.title);
  await expect(page.getByRole("banner").getByRole("option").first()).toBeVisible({ timeout: 15_000 });
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/papers\//);
  await page.getByRole("banner").getByRole("combobox", { name: "Search papers" }).fill("sparse autoencoders");
  await page.getByRole("banner").getByRole("combobox", { name: "Search papers" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=sparse\+autoencoders$/);
  const result = page.locator("[data-result]").first();
  await expect(result).toBeVisible();
  await hoverLinks(page);
  await result.click();
  await expect(page).toHaveURL(/\/papers\//);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${escape(searchPath())}\\?q=`));
  await page.getByRole("banner").getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(sourcesPath());
  await page.getByRole("main").locator(`a[href$="${sourcePath(longSource.slug)}"]`).first().click();
  await expect(page).toHaveURL(sourcePath(longSource.slug));
  await page.getByRole("navigation", { name: `Pages of ${longSource.name}` }).getByRole("link", { name: /next/i }).click();
  await expect(page).toHaveURL(sourcePath(longSource.slug, 2));
  // Each step of history once the one before has arrived, as a reader's clicks would be.
  await page.goBack();
  await expect(page).toHaveURL(sourcePath(longSource.slug));
  await page.goForward();
  await expect(page).toHaveURL(sourcePath(longSource.slug, 2));
  await page.getByRole("banner").getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(topicsPath());
  await page.goBack();
  await expect(page).toHaveURL(sourcePath(longSource.slug, 2));
  await page.goForward();
  await expect(page).toHaveURL(topicsPath());
  await page.waitForLoadState("networkidle");

  expect(seen.length).toBeGreaterThan(20);
  expect(seen.filter((s) => s.status === 404 || (s.status !== null && s.status >= 400)).map((s) => `${s.status} ${s.url}`)).toEqual([]);
  expect(seen.filter((s) => s.file === null).map((s) => s.url)).toEqual([]);
  expect(seen.filter((s) => /\.txt$|[?&]_rsc=/.test(s.url)).map((s) => s.url)).toEqual([]);
  // Sanity: the recorder saw the pages and the search index it should have.
  expect(seen.some((s) => s.url === sourcePath(longSource.slug, 2))).toBe(true);
  expect(seen.some((s) => s.url.startsWith("/search-index/"))).toBe(true);
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
