// The reading experience (issue 15): the paper page's order and its compact link, topic lists
// with undated papers, sources by name, and the search page on a 360 px screen.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { paperPath, sourcePath, sourcesPath, topicPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { catalog, paperItems } from "./helpers";

const PHONE = { width: 360, height: 740 };
const results = (page: Page) => page.locator("ol[data-query] > li");

test.describe("paper page", () => {
  test("puts title, facts, actions, abstract, related papers and 'listed in' in that order", async ({ page }) => {
    const c = catalog();
    const paper = c.papers.find((p) => p.date === null && c.related(p.id).length > 0)!;
    await page.goto(paperPath(paper.id));
    const top = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())!.y;
    const order = [
      await top(page.getByRole("heading", { level: 1 })),
      await top(page.getByText("date unknown")),
      await top(page.getByRole("group", { name: "Actions" })),
      await top(page.getByRole("heading", { name: "Abstract" })),
      await top(page.getByRole("heading", { name: "Related papers" })),
      await top(page.getByRole("heading", { name: "Listed in" })),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await expect(page.getByRole("list", { name: "Topics" }).getByRole("link")).toHaveCount(c.paperTopics(paper).length);
  });

  test("each related paper says why: the terms both papers hold, or the topics both are in", async ({ page }) => {
    const c = catalog();
    const paper = c.papers.find((p) => c.related(p.id).some((r) => r.terms.length === 0))!;
    await page.goto(paperPath(paper.id));
    const rows = page.getByRole("region", { name: "Related papers" }).getByRole("listitem");
    const related = c.related(paper.id);
    await expect(rows).toHaveCount(related.length);
    for (const [i, r] of related.entries()) {
      await expect(rows.nth(i)).toContainText(r.terms.length > 0 ? `Shares ${r.terms.join(", ")}` : `Both in ${r.topics.join(", ")}`);
    }
  });

  test("the link is a compact action at 360 px, and its URL shows on request", async ({ page }) => {
    await page.setViewportSize(PHONE);
    const paper = catalog().papers[0]!;
    await page.goto(paperPath(paper.id));
    const actions = page.getByRole("group", { name: "Actions" });
    await expect(actions.getByRole("button", { name: "Copy link" })).toBeVisible();
    expect((await actions.boundingBox())!.height).toBeLessThan(PHONE.height * 0.12);
    await expect(page.locator("[data-permalink]")).toBeHidden();
    await actions.getByText("Show link").click();
    await expect(page.locator("[data-permalink]")).toBeVisible();
    await expect(page.locator("[data-permalink]")).toHaveText(absoluteUrl(paperPath(paper.id)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test("the paper's own links fit the actions row on one line each at 360 px", async ({ page }) => {
    await page.setViewportSize(PHONE);
    const paper = catalog().papers.find((p) => p.links.length > 1)!;
    await page.goto(paperPath(paper.id));
    const links = page.getByRole("group", { name: "Actions" }).getByRole("link");
    await expect(links).toHaveCount(paper.links.length);
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeLessThan(40); // one line: the label does not wrap
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
    }
  });

  test("says plainly where an inferred year came from", async ({ page }) => {
    const c = catalog();
    const paper = c.papers.find((p) => p.dateInferred)!;
    const source = c.locations(paper).find((l) => l.source.year !== null)!.source;
    await page.goto(paperPath(paper.id));
    await expect(page.getByText(`${source.name} printed this date as`)).toContainText(`without a year; ${paper.date!.slice(0, 4)} is the year of that listing`);
  });

  test("a topic chip says why the paper is in the topic on keyboard focus", async ({ page }) => {
    const c = catalog();
    const paper = c.papers.find((p) => p.topics.some((t) => t.by === "match"))!;
    const assignment = paper.topics.find((t) => t.by === "match")!;
    await page.goto(paperPath(paper.id));
    const chip = page.getByRole("list", { name: "Topics" }).getByRole("link", { name: c.topic(assignment.id)!.title });
    const tip = page.locator(`#why-${assignment.id}`);
    await expect(tip).toBeHidden();
    await chip.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(assignment.terms[0]!);
    await expect(chip).toHaveAccessibleDescription(/Matched/);
  });
});

test("tidy titles: the page title, heading, search results and header box say 'NUPES: …'", async ({ page }) => {
  const paper = catalog().papers.find((p) => p.title.startsWith("NUPES"))!;
  expect(paper.title).toMatch(/^NUPES: /);
  await page.goto(paperPath(paper.id));
  await expect(page).toHaveTitle(new RegExp(`^${paper.title}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(paper.title);
  await page.goto("/search/?q=nupes");
  await expect(results(page).first().getByRole("heading")).toHaveText(paper.title);
  const box = page.getByRole("combobox", { name: "Search papers" });
  await box.fill("nupes");
  await expect(page.getByRole("option").first()).toHaveText(paper.title);
});

test.describe("topic lists", () => {
  test("undated papers follow the dated ones, newest first, under a divider", async ({ page }) => {
    const c = catalog();
    const topic = c.topics.find((t) => t.defaultSort === "date" && t.count <= 50 && c.topicPapers(t.id, "date").some((p) => p.date === null))!;
    const papers = c.topicPapers(topic.id, "date");
    const dated = papers.filter((p) => p.date !== null);
    await page.goto(topicPath(topic.id));
    await expect(page.getByRole("navigation", { name: "Sort papers" }).getByText("Newest")).toHaveAttribute("aria-current", "page");
    const divider = page.locator("[data-divider]");
    await expect(divider).toBeVisible();
    await expect(divider).toContainText(`No date · ${papers.length - dated.length}`);
    const items = paperItems(page);
    await expect(items).toHaveCount(papers.length);
    const dates = await items.evaluateAll((lis) => lis.map((li) => li.querySelector("time")?.getAttribute("datetime") ?? null));
    expect(dates.slice(0, dated.length).every((d) => d !== null)).toBe(true);
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    expect(dates.slice(0, dated.length)).toEqual([...dates.slice(0, dated.length)].sort().reverse());
    const dividerY = (await divider.boundingBox())!.y;
    expect((await items.nth(dated.length - 1).boundingBox())!.y).toBeLessThan(dividerY);
    expect((await items.nth(dated.length).boundingBox())!.y).toBeGreaterThan(dividerY);
  });

  test("a topic with no dates lists A-Z by default, and 'Newest' is disabled with the reason", async ({ page }) => {
    const c = catalog();
    const topic = c.topics.find((t) => t.sortsOff.date === "no paper here has a date")!;
    await page.goto(topicPath(topic.id));
    const nav = page.getByRole("navigation", { name: "Sort papers" });
    await expect(nav.getByText("Title A–Z")).toHaveAttribute("aria-current", "page");
    await expect(nav.getByText("Newest", { exact: true })).toHaveAttribute("aria-disabled", "true");
    await expect(nav.getByRole("link", { name: "Newest" })).toHaveCount(0);
    await expect(nav).toContainText("Newest: no paper here has a date.");
    const titles = await paperItems(page).locator("h3").allTextContents();
    expect(titles.map((t) => t.replace(/inferred title$/, "").trim())).toEqual(c.topicPapers(topic.id, "title").map((p) => p.title));
    const response = await page.goto(topicPath(topic.id, "date", 1, topic.defaultSort));
    expect(response?.status()).toBe(404);
  });

  test("each paper says why it is in the topic on hover", async ({ page }) => {
    const c = catalog();
    const topic = [...c.topics].sort((a, b) => b.count - a.count)[0]!;
    await page.goto(topicPath(topic.id));
    const first = paperItems(page).first();
    const tip = first.getByRole("tooltip");
    await expect(tip).toBeHidden();
    await first.getByRole("heading").hover();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("Why it’s here:");
  });
});

test("sources are named for what they are, with the file name as a detail and entries numbered", async ({ page }) => {
  const c = catalog();
  await page.goto(sourcesPath());
  for (const name of ["Daily Papers, 6 Nov 2025", "Search results, 18 Mar", "Collection: Large Language Model"]) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toBeVisible();
  }
  const daily = c.sources.find((s) => s.name === "Daily Papers, 6 Nov 2025")!;
  await expect(page.getByText(daily.file)).toBeVisible();
  await page.goto(sourcePath(daily.slug));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daily Papers, 6 Nov 2025");
  const entry = c.sourceEntries(daily.slug)[0]!;
  const first = page.locator(`#line-${entry.line}`);
  await expect(first).toContainText("1.");
  await expect(first).toContainText(`Line ${entry.line}`);
});

test.describe("search page at 360 px", () => {
  test.use({ viewport: PHONE });

  test("one search box, filters behind a button, and a result on the first screen", async ({ page }) => {
    await page.goto("/search/?q=sparse+autoencoders");
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator("input[type=search]:visible")).toHaveCount(1);
    await expect(page.getByLabel("Topic", { exact: true })).toBeHidden();
    const box = (await results(page).first().getByRole("heading").boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);

    await page.getByRole("button", { name: "Filters" }).click();
    await page.getByLabel("Sort by", { exact: true }).selectOption("date");
    await expect(page).toHaveURL(/sort=date/);
    await page.getByRole("button", { name: "Filters (1)" }).click();
    await expect(page.getByLabel("Sort by", { exact: true })).toBeHidden();
    await page.getByRole("button", { name: "Remove Newest first" }).click();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  });

  test("'/' focuses the page's own search box, the one a phone shows", async ({ page }) => {
    await page.goto("/search/?q=sparse+autoencoders");
    await expect(results(page).first()).toBeVisible();
    const box = page.getByRole("searchbox", { name: "Search titles and abstracts" });
    await page.locator("h1").click(); // focus leaves the box the page may have focused
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(box).toBeFocused({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
    await expect(box).toHaveValue("sparse autoencoders"); // "/" is not typed into it
    await page.keyboard.type(" circuits");
    await expect(page).toHaveURL(/q=sparse\+autoencoders\+circuits/);
  });

  test("a year in the address that is not a year is ignored, with a note", async ({ page }) => {
    await page.goto("/search/?q=sparse+autoencoders&year=abc");
    await expect(page.getByText("Ignored in the address: year “abc” is not a year.")).toBeVisible();
    await expect(results(page).first()).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "match" })).not.toContainText(/^0 papers/);
  });
});
