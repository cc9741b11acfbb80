// `npm run dev` in a fresh checkout that was never built: the files git tracks, copied to a
// temporary folder with no out/, .next/ or public/search-index/, and this checkout's node_modules
// (hard-linked: Turbopack refuses a node_modules symlink that leads outside the project). The dev
// server runs on a free port the test picks, and the test stops it.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = process.cwd();
const START_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** The checkout as a fresh clone would have it: tracked (and new, unignored) files only. */
function freshCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-fresh-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const f of files) {
    if (!existsSync(path.join(ROOT, f))) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(dir, f));
  }
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  } catch {
    cpSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), { recursive: true, verbatimSymlinks: true }); // another file system
  }
  return dir;
}

async function waitForServer(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm run dev exited with ${server.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm run dev did not serve ${url} within ${START_TIMEOUT_MS / 1000} s:\n${log()}`);
}

/** Stop npm, next dev and its workers (one process group): SIGTERM, then SIGKILL if they linger. */
async function stop(server: ChildProcess) {
  if (!server.pid) return;
  const group = -server.pid;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  const gone = async (ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; ) {
      if (!alive()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return !alive();
  };
  if (!alive()) return;
  process.kill(group, "SIGTERM");
  if (!(await gone(10_000))) {
    process.kill(group, "SIGKILL");
    await gone(5_000);
  }
}

test("npm run dev in a fresh checkout serves search results", async ({ page }) => {
  test.setTimeout(START_TIMEOUT_MS + 120_000);
  const dir = freshCopy();
  expect(existsSync(path.join(dir, "public", "search-index"))).toBe(false);
  const port = await freePort();
  let output = "";
  const server = spawn("npm", ["run", "dev", "--", "--port", String(port), "--hostname", "127.0.0.1"], { cwd: dir, detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/search-index/manifest.json`, server, () => output);
    await page.goto(`${base}/search/?q=sparse+autoencoders`, { timeout: 120_000 });
    await expect(page.locator("ol[data-query] > li").first()).toContainText(/sparse autoencoder/i, { timeout: 60_000 });
    await expect(page.getByText("Search is unavailable")).toHaveCount(0);
  } finally {
    await stop(server);
    // A worker may still be flushing its cache as it stops: retry while the folder is not yet empty.
    rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
  }
});
