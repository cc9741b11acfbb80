import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Browser tests against the built static site, never a dev server:
//   "site"    - out/ (npm run build), served at the root on SITE_PORT;
//   "fixture" - the hostile/pagination catalog (scripts/build-fixture-site.ts), served under the
//               base path /atlas on FIXTURE_PORT.
// Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
// SITE_PORT / FIXTURE_PORT in the environment move them, so two checkouts can test side by side.
export const SITE_PORT = Number(process.env.SITE_PORT) || 4173;
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT) || 4174;

const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : 4,
  reporter: [["list"]],
  timeout: 30_000,
  // Waits, not timings: CI shares 2 cores with the build and a dev server, so a page can take a
  // few seconds to load its search engine. Speed is measured by the bench scripts instead.
  expect: { timeout: 10_000 },
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    trace: "retain-on-failure",
  },
  projects: [
    { name: "site", testIgnore: /fixture-.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    { name: "fixture", testMatch: /fixture-.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
  ],
  webServer: [
    {
      command: `npx serve out -l tcp://127.0.0.1:${SITE_PORT} --no-port-switching`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
    },
    {
      command: `npx serve .tmp/site-fixture -l tcp://127.0.0.1:${FIXTURE_PORT} --no-port-switching`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/atlas/`,
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
    },
  ],
});
