import { expect, test } from "@playwright/test";
import { paperPath, topicPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { catalog, samplePages } from "./helpers";

test.use({ javaScriptEnabled: false });

test("every page type renders its content without JavaScript", async ({ page }) => {
  const pages = samplePages();
  for (const [kind, path] of Object.entries(pages)) {
    const response = await page.goto(path);
    expect(response?.status(), kind).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), kind).toBeVisible();
    await expect(page.getByRole("banner").getByRole("search"), kind).toBeVisible();
  }
});

test("the reader's path works with plain links", async ({ page }) => {
  const c = catalog();
  const topic = c.topics.find((t) => t.count > 0 && c.related(c.topicPapers(t.id, "date")[0]!.id).length > 0)!;
  const first = c.topicPapers(topic.id, "date")[0]!;
  const related = c.related(first.id)[0]!.paper;

  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: topic.title }).first().click();
  await expect(page).toHaveURL(topicPath(topic.id));
  await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Title A–Z" }).click();
  await expect(page).toHaveURL(topicPath(topic.id, "title"));
  await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Newest" }).click();
  await page.getByRole("main").getByRole("link", { name: first.title, exact: true }).first().click();
  await expect(page).toHaveURL(paperPath(first.id));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(first.title);
  await page.getByRole("region", { name: "Related papers" }).getByRole("link", { name: related.title, exact: true }).click();
  await expect(page).toHaveURL(paperPath(related.id));
  await page.goBack();
  await expect(page).toHaveURL(paperPath(first.id));
});

test("Show link opens the permanent URL without JavaScript, and Copy link needs JavaScript", async ({ page }) => {
  const paper = catalog().papers[0]!;
  await page.goto(paperPath(paper.id));
  await expect(page.locator("[data-permalink]")).toBeHidden();
  await page.getByText("Show link").click();
  await expect(page.locator("[data-permalink]")).toBeVisible();
  await expect(page.locator("[data-permalink]")).toHaveText(absoluteUrl(paperPath(paper.id)));
  await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
});

test("formulas are rendered at build time, with no client-side math code", async ({ page }) => {
  await page.goto(samplePages().paperWithMath);
  await expect(page.locator("#abstract ~ div .katex").first()).toBeVisible();
});

test("the search form submits to the search page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search papers" }).fill("sparse autoencoders");
  await page.getByRole("combobox", { name: "Search papers" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=sparse\+autoencoders$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
});

test("an unknown address gets a 404 page with search and topics", async ({ page }) => {
  const response = await page.goto("/papers/no-such-paper/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("main").getByRole("search")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: catalog().topics[0]!.title })).toBeVisible();
});
