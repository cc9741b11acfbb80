import { expect, test } from "@playwright/test";
import { at, paperItems } from "./helpers";

// The fixture's "widgets" topic holds 60 papers: two static pages in each sort order.

test("a long topic is split into static pages of at most 50 papers", async ({ page }) => {
  await page.goto(at("/topics/widgets/"));
  await expect(page.getByRole("heading", { level: 2, name: /60 papers/ })).toContainText("1–50");
  await expect(paperItems(page)).toHaveCount(50);
  const pager = page.getByRole("navigation", { name: "Pages of Widgets" });
  await expect(pager.locator('[aria-current="page"]')).toHaveText("Page 1");

  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(at("/topics/widgets/page/2/"));
  await expect(paperItems(page)).toHaveCount(10);
  await expect(page.locator('section[aria-labelledby="papers"] > ol')).toHaveAttribute("start", "51");
  await pager.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(at("/topics/widgets/"));
});

test("newest first across both pages", async ({ page }) => {
  const dates: string[] = [];
  for (const path of ["/topics/widgets/", "/topics/widgets/page/2/"]) {
    await page.goto(at(path));
    dates.push(...(await paperItems(page).locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!))));
  }
  expect(dates).toHaveLength(60);
  expect(dates).toEqual([...dates].sort().reverse());
});

test("sorting keeps its order across pages: by title, then page 2", async ({ page }) => {
  await page.goto(at("/topics/widgets/page/2/"));
  await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Title A–Z" }).click();
  await expect(page).toHaveURL(at("/topics/widgets/by/title/"));
  const first = await paperItems(page).locator("h3 a").allTextContents();
  await page.getByRole("navigation", { name: "Pages of Widgets" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(at("/topics/widgets/by/title/page/2/"));
  const second = await paperItems(page).locator("h3 a").allTextContents();
  const all = [...first, ...second];
  expect(all).toHaveLength(60);
  expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
});

test("sorting by upvotes across pages", async ({ page }) => {
  const votes: number[] = [];
  for (const path of ["/topics/widgets/by/upvotes/", "/topics/widgets/by/upvotes/page/2/"]) {
    await page.goto(at(path));
    votes.push(...(await paperItems(page).evaluateAll((lis) => lis.map((li) => Number(/(\d+) upvotes?/.exec(li.textContent ?? "")![1])))));
  }
  expect(votes).toHaveLength(60);
  expect(votes).toEqual([...votes].sort((a, b) => b - a));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("pagination and sorting are plain links", async ({ page }) => {
    await page.goto(at("/topics/widgets/"));
    await page.getByRole("navigation", { name: "Pages of Widgets" }).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(at("/topics/widgets/page/2/"));
    await expect(paperItems(page)).toHaveCount(10);
    await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Most upvoted" }).click();
    await expect(page).toHaveURL(at("/topics/widgets/by/upvotes/"));
    await expect(paperItems(page)).toHaveCount(50);
  });
});
