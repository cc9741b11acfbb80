import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { IDENTITY_REMOVED_ON } from "../../scripts/build-fixture-site";
import { at, FIXTURE_SITE_URL } from "./helpers";

// The fixture catalog was ingested twice (tests/fixtures/identity/before.txt, then after.txt):
// one title lost a letter, two records turned out to be one paper, one paper left the catalog.
// Every address the first build published must still lead to its paper or to an honest tombstone.
const RENAMED = "sparse-routing-for-sequence-models";
const SURVIVOR = "gradient-checkpointing-revisited";
const MERGED = "gradient-checkpointing-revisited-an-extended-study";
const REMOVED = "tokenizer-free-retrieval";

test("a renamed paper keeps its address and shows its new title", async ({ page }) => {
  const response = await page.goto(at(`/papers/${RENAMED}/`));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sparse Routing for Sequence Model");
  await expect(page.locator("[data-permalink]")).toHaveText(`${FIXTURE_SITE_URL}${at(`/papers/${RENAMED}/`)}`);
});

test("the address of a merged record leads to the paper it turned out to be", async ({ page }) => {
  await page.goto(at(`/papers/${MERGED}/`));
  await page.waitForURL(`**${at(`/papers/${SURVIVOR}/`)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gradient Checkpointing Revisited");
  await expect(page.getByRole("heading", { name: "Abstract" })).toBeVisible();
});

test("without JavaScript or refresh, the merged address still links on and is not indexed", async ({ browser }) => {
  // Read the page as a crawler would, without following the refresh.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const response = await context.request.get(at(`/papers/${MERGED}/`));
  const html = await response.text();
  expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/atlas\/papers\/gradient-checkpointing-revisited\/"/);
  expect(html).toContain(`<link rel="canonical" href="${FIXTURE_SITE_URL}${at(`/papers/${SURVIVOR}/`)}"/>`);
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
  expect(html).toContain(`href="${at(`/papers/${SURVIVOR}/`)}"`);
  await context.close();
});

test("a removed paper's address shows its tombstone, which is not indexed", async ({ page }) => {
  const response = await page.goto(at(`/papers/${REMOVED}/`));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tokenizer-Free Retrieval");
  await expect(page.locator("[data-tombstone]")).toHaveText(`Removed from the catalog on ${IDENTITY_REMOVED_ON}; last listed in identity.txt.`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
  // The listing it was last in, by its name, with the file name beside it.
  await expect(page.getByRole("listitem").filter({ hasText: "(identity.txt)" })).toHaveCount(1);
  await page.getByRole("listitem").filter({ hasText: "(identity.txt)" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${at("/sources/identity/")}$`));
});

test("the tombstone passes the accessibility checks", async ({ page }) => {
  await page.goto(at(`/papers/${REMOVED}/`));
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the sitemap lists live papers only", async ({ request }) => {
  const sitemap = await (await request.get(at("/sitemap.xml"))).text();
  for (const id of [RENAMED, SURVIVOR]) expect(sitemap).toContain(`${at(`/papers/${id}/`)}</loc>`);
  for (const id of [MERGED, REMOVED]) expect(sitemap).not.toContain(`/papers/${id}/`);
});
