// Search as a person uses it: the header box while typing, the shareable results page, filters,
// keyboard, Back/Forward, and what a page shows without JavaScript.
import { expect, test } from "@playwright/test";

const results = (page: import("@playwright/test").Page) => page.locator("ol[data-query] > li");

test("'/' focuses the header search box, results appear while typing, arrows and Enter open one", async ({ page }) => {
  await page.goto("/topics/");
  const box = page.getByRole("combobox", { name: "Search papers" });
  // "/" works once the page is interactive: on a loaded machine hydration can take a moment.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(box).toHaveValue("");
  await page.keyboard.type("sparse autoenc");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText(/sparse autoencoder/i);
  await expect(options.first().locator("mark").first()).toHaveText(/sparse/i);
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  const title = (await options.first().locator("[data-title]").innerText()).trim();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/papers\/[a-z0-9-]+\/$/);
  await expect(page.locator("h1")).toHaveText(title);
});

test("Esc clears the header search box", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search papers" });
  await box.fill("quantization");
  await expect(page.getByRole("option").first()).toBeVisible();
  await box.press("Escape");
  await expect(box).toHaveValue("");
  await expect(page.getByRole("listbox")).toBeHidden();
});

test("Enter without choosing a result opens the results page for the query", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search papers" });
  await box.fill("mixture of experts");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=mixture(\+|%20)of(\+|%20)experts$/);
  await expect(results(page).first()).toContainText(/mixture|MoE/i);
});

test("opening /search/?q=sparse+autoencoders directly shows those results, best first, with highlights", async ({ page }) => {
  await page.goto("/search/?q=sparse+autoencoders");
  await expect(page.locator("#search-page-input")).toHaveValue("sparse autoencoders");
  await expect(page.getByRole("status").first()).toContainText(/\d+ papers match “sparse autoencoders”/);
  await expect(results(page).first().locator("h2")).toContainText(/sparse autoencoders?/i);
  await expect(results(page).first().locator("mark").first()).toBeVisible();
  // Every result's snippet fills in from its abstract, with the matched words marked.
  const snippets = results(page).locator("p[aria-busy]");
  await expect(snippets.first()).toHaveAttribute("aria-busy", "false");
  await expect(snippets.first().locator("mark").first()).toHaveText(/sparse|autoencoders?/i);
  await expect(results(page).locator('p[aria-busy="true"]')).toHaveCount(0);
  const count = await results(page).count();
  expect(count).toBeGreaterThan(5);
  expect(count).toBeLessThanOrEqual(20);
});

test("the URL follows the query, and Back and Forward step through searches", async ({ page }) => {
  await page.goto("/search/");
  const input = page.locator("#search-page-input");
  await input.fill("quantization");
  await expect(page).toHaveURL(/q=quantization/);
  await expect(results(page).first()).toContainText(/quantiz/i);
  await page.waitForTimeout(800); // typing settles: the search enters history
  await input.fill("dialogue");
  await expect(page).toHaveURL(/q=dialogue/);
  await page.waitForTimeout(800);
  await expect(results(page).first()).toContainText(/dialog|conversation/i);
  await page.goBack();
  await expect(page).toHaveURL(/q=quantization/);
  await expect(input).toHaveValue("quantization");
  await expect(results(page).first()).toContainText(/quantiz/i);
  await page.goForward();
  await expect(input).toHaveValue("dialogue");
});

test("a result opened straight after typing leaves its search in history for Back", async ({ page }) => {
  await page.goto("/search/");
  const input = page.locator("#search-page-input");
  await input.pressSequentially("sparse autoenc");
  await expect(results(page).first()).toContainText(/sparse|autoenc/i);
  await results(page).first().locator("a[data-result]").click(); // before the URL's typing pause ends
  await expect(page).toHaveURL(/\/papers\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=sparse(\+|%20)autoenc$/);
  await expect(input).toHaveValue("sparse autoenc");
});

test("filters by topic and year, sorts by upvotes, and counts what is left", async ({ page }) => {
  await page.goto("/search/?q=language+models");
  const status = page.getByRole("status").first();
  await expect(status).toContainText(/papers match/);
  const all = Number((await status.innerText()).match(/(\d+)/)![1]);
  await page.getByLabel("Topic").selectOption({ index: 1 });
  await expect(page).toHaveURL(/topic=/);
  await expect.poll(async () => Number((await status.innerText()).match(/(\d+)/)![1])).toBeLessThan(all);
  await page.getByLabel("Topic").selectOption("");
  await page.getByLabel("Year").selectOption({ index: 1 });
  await expect(page).toHaveURL(/year=\d{4}/);
  const year = new URL(page.url()).searchParams.get("year")!;
  // The URL changes at once; the results follow when the search has run.
  await expect.poll(async () => (await results(page).locator("text=/\\d{4}-\\d{2}-\\d{2}/").allTextContents()).every((date, _, all) => all.length > 1 && date.startsWith(year))).toBe(true);
  await page.getByLabel("Sort by").selectOption("upvotes");
  await expect(page).toHaveURL(/sort=upvotes/);
  const upvotes = async () => (await results(page).locator("text=/\\d+ upvotes?/").allTextContents()).map((t) => Number(t.match(/\d+/)![0]));
  await expect.poll(async () => { const u = await upvotes(); return u.length > 1 && u.every((v, i) => i === 0 || u[i - 1]! >= v); }).toBe(true);
});

test("arrow keys move through results and Enter opens one", async ({ page }) => {
  await page.goto("/search/?q=normalization");
  await expect(results(page).first()).toBeVisible();
  await page.locator("#search-page-input").press("ArrowDown");
  const first = results(page).first().locator("a[data-result]");
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1).locator("a[data-result]")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/papers\//);
});

test("a search that finds nothing says so and offers suggestions and topics", async ({ page }) => {
  await page.goto("/search/?q=zzqxj+wvvkp");
  await expect(page.getByRole("status").first()).toContainText("0 papers match");
  await expect(page.getByText("Check the spelling")).toBeVisible();
  await expect(page.getByRole("link", { name: /Quantization \(\d+\)/ })).toBeVisible();
});

test("the first letters of a word ask to keep typing rather than report no match", async ({ page }) => {
  await page.goto("/search/");
  const input = page.locator("#search-page-input");
  const status = page.getByRole("status").first();
  await input.pressSequentially("zq");
  await expect(status).toHaveText("Keep typing…");
  await expect(page.getByText("Check the spelling")).toHaveCount(0);
  await input.pressSequentially("xj");
  await expect(status).toContainText("0 papers match");
  await expect(page.getByText("Check the spelling")).toBeVisible();
});

test("any input is safe: markup, regex characters, emoji, right-to-left and CJK text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto("/search/");
  const input = page.locator("#search-page-input");
  for (const q of ['<img src=x onerror=alert(1)>', "(.*+?^${}[]|\\)", "🧪 quantization", "ممدود سپارس", "稀疏自编码器", "稀", "x".repeat(10_000)]) {
    await input.fill(q);
    await expect(page.getByRole("status").first()).toContainText(/papers? match|Type to search/);
  }
  expect(dialogs).toBe(0);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page says search needs JavaScript and offers the topic pages", async ({ page }) => {
    await page.goto("/search/?q=quantization");
    await expect(page.getByText("Search runs in your browser and needs JavaScript.")).toBeVisible();
    await page.getByRole("link", { name: "Quantization", exact: true }).first().click();
    await expect(page).toHaveURL(/\/topics\/quantization\/$/);
  });

  test("the header search box still submits to the search page", async ({ page }) => {
    await page.goto("/topics/");
    const box = page.getByRole("combobox", { name: "Search papers" });
    await box.fill("quantization");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=quantization$/);
  });
});

test("the header box lists the search page's top results in the same order", async ({ page }) => {
  for (const q of ["speculative decoding", "kv cache compression"]) {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search papers" });
    await box.fill(q);
    await expect(page.getByRole("listbox")).toHaveAttribute("data-query", q);
    const header = (await page.getByRole("option").locator("[data-title]").allInnerTexts()).map((t) => t.trim());
    expect(header.length).toBeGreaterThan(0);
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator("ol[data-query]")).toHaveAttribute("data-query", q);
    // The page paints its first screenful, then the rest: wait until it lists as many as the header.
    await expect.poll(() => page.locator("[data-result]").count()).toBeGreaterThanOrEqual(header.length);
    const titles = (await page.locator("[data-result]").allInnerTexts()).map((t) => t.trim());
    expect(titles.slice(0, header.length), q).toEqual(header);
  }
});

test("while a word is typed, its first letters never show unrelated papers", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search papers" });
  await box.fill("s");
  await expect(page.getByRole("listbox")).toHaveAttribute("data-query", "s");
  await expect(page.getByRole("option")).toHaveCount(0);
  await box.fill("speculative");
  await expect(page.getByRole("listbox")).toHaveAttribute("data-query", "speculative");
  const word = await page.getByRole("option").locator("[data-title]").allInnerTexts();
  for (const q of ["speculative d", "speculative de"]) {
    await box.fill(q);
    await expect(page.getByRole("listbox")).toHaveAttribute("data-query", q);
    expect(await page.getByRole("option").locator("[data-title]").allInnerTexts(), q).toEqual(word);
  }
});

test("a query that names a topic links to every paper in the topic, one named only by words in most papers does not", async ({ page }) => {
  await page.goto("/search/?q=quantization+of+llms");
  const named = page.locator("[data-named-topics]");
  await expect(named).toHaveText(/^Browse the topic: Quantization \((\d+) papers\)$/);
  const count = (await named.innerText()).match(/\((\d+) papers\)/)![1];
  await named.getByRole("link", { name: "Quantization" }).click();
  await expect(page).toHaveURL(/\/topics\/quantization\/$/);
  await expect(page.locator("h2#papers")).toHaveText(new RegExp(`^${count} papers`));

  await page.goto("/search/?q=kv+cache+compression");
  await expect(page.locator("[data-named-topics]")).toContainText("Browse the topics:");
  expect(await page.locator("[data-named-topics] a").count()).toBeGreaterThan(1);

  // "language" and "models" are in most papers: they name no topic, and the page says they are not required.
  await page.goto("/search/?q=small+language+models");
  await expect(page.locator("[data-not-required]")).toBeVisible();
  await expect(page.locator("[data-named-topics]")).toHaveCount(0);
});

test("the page says which word it searched for a typo, links to the text as typed, and counts partial matches apart", async ({ page }) => {
  await page.goto("/search/?q=quantizaton");
  await expect(page.locator("[data-searched-for]")).toContainText("Showing results for quantization (from quantizaton)");
  await page.locator("[data-searched-for] a").click();
  await expect(page.locator("#search-page-input")).toHaveValue('"quantizaton"');
  await expect(page.getByRole("status").first()).toContainText("0 papers match");

  await page.goto("/search/?q=SAE");
  await expect(page.locator("[data-searched-for]")).toContainText("Also matched: sparse autoencoder (SAE)");

  // Words in most of the catalog's papers are not required when the query has rarer ones, and the page says so.
  await page.goto("/search/?q=long+context+language+models");
  await expect(page.locator("[data-not-required]")).toHaveText("Not required: language, models (in most papers)");

  await page.goto("/search/?q=kv+cache+compression");
  await expect(page.locator("[data-not-required]")).toHaveCount(0);
  const status = page.getByRole("status").first();
  await expect(status).toContainText(/\d+ papers? match(es)? “kv cache compression”; \d+ more match(es)? some of the words/);
  const [all, some] = (await status.innerText()).match(/\d+/g)!.map(Number);
  await expect(page.getByRole("heading", { name: `Papers matching some of the words (${some})` })).toBeVisible();
  await expect(page.locator("ol[data-query] > li")).toHaveCount(Math.min(all!, 20));

  // A query of one word has no "some of the words": its partial matches hold a word related to it
  // ("distill" for "distillation") or are in the topic it names.
  await page.goto("/search/?q=distilation");
  await expect(page.locator("[data-searched-for]")).toContainText("Showing results for distillation (from distilation)");
  await expect(status).toContainText(/\d+ papers? match(es)? “distilation”; \d+ more match(es)? a related word or topic/);
  const related = Number((await status.innerText()).match(/(\d+) more/)![1]);
  await expect(page.getByRole("heading", { name: `Papers with a related word or topic (${related})` })).toBeVisible();
});
