import { expect, test } from "@playwright/test";
import { COMPARATORS } from "@/lib/catalog-view";
import { paperPath, topicPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { catalog, paperItems } from "./helpers";

test("a reader goes home -> topic -> paper -> related paper and back", async ({ page }) => {
  const c = catalog();
  // A topic whose first paper (newest first) has related papers.
  const topic = c.topics.find((t) => t.count > 0 && c.related(c.topicPapers(t.id, "date")[0]!.id).length > 0)!;
  const first = c.topicPapers(topic.id, "date")[0]!;
  const related = c.related(first.id)[0]!.paper;

  await page.goto("/");
  await expect(page).toHaveTitle(/Paper Atlas/);
  await page.getByRole("main").getByRole("link", { name: new RegExp(`^${escape(topic.title)}`) }).click();
  await expect(page).toHaveURL(topicPath(topic.id));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic.title);

  await page.getByRole("main").getByRole("link", { name: first.title, exact: true }).first().click();
  await expect(page).toHaveURL(paperPath(first.id));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(first.title);

  await page.getByRole("region", { name: "Related papers" }).getByRole("link", { name: related.title, exact: true }).click();
  await expect(page).toHaveURL(paperPath(related.id));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(related.title);

  await page.goBack();
  await expect(page).toHaveURL(paperPath(first.id));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(first.title);
  await page.goBack();
  await expect(page).toHaveURL(topicPath(topic.id));
});

test("Copy link puts the paper's permanent URL on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const paper = catalog().papers[0]!;
  await page.goto(paperPath(paper.id));
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveText("Link copied");
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(paperPath(paper.id)));
});

test("sorting a topic page by upvotes and by title", async ({ page }) => {
  const c = catalog();
  const topic = [...c.topics].sort((a, b) => b.count - a.count)[0]!;
  await page.goto(topicPath(topic.id));
  const sortNav = page.getByRole("navigation", { name: "Sort papers" });
  await expect(sortNav.getByText("Newest")).toHaveAttribute("aria-current", "page");

  await sortNav.getByRole("link", { name: "Most upvoted" }).click();
  await expect(page).toHaveURL(topicPath(topic.id, "upvotes"));
  await expect(sortNav.getByText("Most upvoted")).toHaveAttribute("aria-current", "page");
  const upvoted = await paperTitles(page);
  expect(upvoted).toEqual(c.topicPapers(topic.id, "upvotes").slice(0, 50).map((p) => p.title));
  const votes = await paperItems(page).evaluateAll((lis) =>
    lis.map((li) => Number(/(\d[\d,]*) upvotes?/.exec(li.textContent ?? "")?.[1]?.replace(/,/g, "") ?? -1)),
  );
  const known = votes.filter((v) => v >= 0);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  expect(votes.slice(0, known.length)).toEqual(known); // unknown upvotes come last

  await sortNav.getByRole("link", { name: "Title A–Z" }).click();
  await expect(page).toHaveURL(topicPath(topic.id, "title"));
  const titles = await paperTitles(page);
  expect(titles).toEqual([...c.topicPapers(topic.id, "date")].sort(COMPARATORS.title).slice(0, 50).map((p) => p.title));
});

async function paperTitles(page: import("@playwright/test").Page) {
  return paperItems(page).locator("h3 a").allTextContents();
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
