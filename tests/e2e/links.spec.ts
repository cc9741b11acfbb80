import { expect, test } from "@playwright/test";
import { checkSite } from "@/lib/link-check";
import { BASE_PATH, SITE_URL } from "@/lib/site";
import { FIXTURE_BASE, FIXTURE_SITE_URL } from "./helpers";

// No browser needed: walk the exported files. Both builds, so the base path is exercised too.
test("every internal link and asset in out/ resolves", () => {
  const report = checkSite({ outDir: "out", basePath: BASE_PATH, siteUrl: SITE_URL });
  expect(report.pages).toBeGreaterThan(10);
  expect(report.broken).toEqual([]);
});

test("every internal link and asset of the fixture site, hosted under /atlas, resolves", () => {
  const report = checkSite({ outDir: `.tmp/site-fixture${FIXTURE_BASE}`, basePath: FIXTURE_BASE, siteUrl: FIXTURE_SITE_URL });
  expect(report.pages).toBeGreaterThan(10);
  expect(report.broken).toEqual([]);
});
