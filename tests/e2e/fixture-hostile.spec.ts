import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { at, FIXTURE_SITE_URL, HOSTILE_PAPERS } from "./helpers";

// The fixture catalog's titles and abstracts carry <script>, <img onerror>, javascript: URLs,
// </script> and LaTeX tricks. Every page that shows them must show them as inert text.

type Watch = { dialogs: string[]; requests: string[]; errors: string[] };

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], requests: [], errors: [] };
  page.on("dialog", async (d) => {
    w.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => w.requests.push(r.url()));
  page.on("pageerror", (e) => w.errors.push(e.message));
  return w;
}

async function expectInert(page: Page, w: Watch) {
  await page.waitForLoadState("networkidle");
  expect(w.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(w.requests.filter((u) => !u.startsWith(FIXTURE_SITE_URL))).toEqual([]);
  expect(w.requests.filter((u) => /\/x$|javascript:/i.test(u))).toEqual([]);
  // No element or attribute from the content made it into the DOM.
  expect(await page.locator('main img, main svg[onload], [onerror], [onload], main script:not([type="application/ld+json"])').count()).toBe(0);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.filter((h) => !/^(https?:\/\/|\/|#)/.test(h))).toEqual([]);
}

const pages = [
  ...Object.values(HOSTILE_PAPERS).map((id) => at(`/papers/${id}/`)),
  at("/"),
  at("/topics/"),
  at("/topics/hostile-input/"),
  at("/topics/hostile-input/by/title/"),
  at("/topics/unsorted/"),
  at("/sources/hostile/"),
];

for (const path of pages) {
  test(`hostile content is inert on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const w = watch(page);
    await page.goto(path);
    await expectInert(page, w);
    expect(w.errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}

test("titles and abstracts show their markup as literal text", async ({ page }) => {
  await page.goto(at(`/papers/${HOSTILE_PAPERS.script}/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('<script>window.__pwned="title-script"</script> Scripted Title Attack');
  await expect(page.locator("main")).toContainText('<script>window.__pwned="abstract-script"</script> appears inside an abstract');

  await page.goto(at(`/papers/${HOSTILE_PAPERS.img}/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`<img src=x onerror="window.__pwned='title-img'"> Image Error Handler Attack`);

  await page.goto(at("/topics/hostile-input/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hostile <b>input</b>");
  await expect(page.locator("main")).toContainText(`<img src=x onerror="window.__pwned='intro'">`);
});

test("javascript: URLs stay text and only the real https URL becomes a link", async ({ page }) => {
  await page.goto(at(`/papers/${HOSTILE_PAPERS.url}/`));
  const abstract = page.locator("#abstract ~ div");
  await expect(abstract).toContainText("javascript:window.__pwned='bare'");
  await expect(abstract.getByRole("link")).toHaveCount(1);
  await expect(abstract.getByRole("link")).toHaveAttribute("href", "https://github.com/example/hostile-repo");
  await expect(abstract.getByRole("link")).toHaveAttribute("rel", "noopener noreferrer");
});

test("</script> in a title cannot end the JSON-LD block", async ({ page }) => {
  await page.goto(at(`/papers/${HOSTILE_PAPERS.close}/`));
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!);
  expect(data.name).toBe('Closing </script><script>window.__pwned="title-close"</script> Inside a Title Attack');
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute("content", data.name);
});

test("LaTeX tricks: \\href is source text, \\rule stays small, a macro bomb does not expand", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const w = watch(page);
  await page.goto(at(`/papers/${HOSTILE_PAPERS.latex}/`));
  const abstract = page.locator("#abstract ~ div");
  await expect(abstract).toContainText("\\href{javascript:window.__pwned='href'}{click me}");
  await expect(abstract).toContainText("$\\href{javascript:window.__pwned='mhref'}{x}$");
  await expect(abstract).toContainText("$\\htmlClass{x}{y}$");
  await expect(abstract).toContainText("$\\def\\a{\\a\\a}\\a$");
  await expect(abstract.getByRole("link")).toHaveCount(0);
  const rule = abstract.locator(".katex .rule");
  await expect(rule).toHaveCount(1);
  const box = (await rule.boundingBox())!;
  expect(box.width).toBeLessThan(100);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectInert(page, w);
});

test("a lone dollar is currency, not math", async ({ page }) => {
  await page.goto(at(`/papers/${HOSTILE_PAPERS.attr}/`));
  await expect(page.locator("#abstract ~ div")).toContainText("a currency amount of $5 and $10 that is not math");
  await expect(page.locator("#abstract ~ div .katex")).toHaveCount(0);
});

test("axe finds no violations on a hostile paper page and the Unsorted topic", async ({ page }) => {
  for (const path of [at(`/papers/${HOSTILE_PAPERS.latex}/`), at("/topics/unsorted/"), at("/topics/widgets/page/2/")]) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
  }
});

test("a URL holding a bidi override is shown as text in its real order, and is neither a link nor listed", async ({ page }) => {
  await page.goto(at(`/papers/${HOSTILE_PAPERS.bidi}/`));
  const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bidi Spoofing Attack With a Reversed gnp.exe Name");
  const abstract = page.locator("#abstract ~ div");
  await expect(abstract).toContainText("The code of this attack is at https://github.com/example/gnp.exe and the rest of this paragraph");
  await expect(abstract.getByRole("link")).toHaveCount(1);
  await expect(abstract.getByRole("link")).toHaveAttribute("href", "https://github.com/example/bidi-clean");
  const listed = page.getByRole("group", { name: "Actions" }).getByRole("link");
  expect(await listed.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["https://github.com/example/bidi-clean"]);
  expect(bidi.test(await page.locator("body").innerText())).toBe(false);
  expect(bidi.test(await page.title())).toBe(false);
});
