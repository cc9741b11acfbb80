// The last step of npm run build: the finished site takes the place of out/ whole.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";

const ROOT = path.join(__dirname, "..");
let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const swap = (built: string, out: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/swap-out.ts", path.join(dir, built), path.join(dir, out)], { cwd: ROOT, encoding: "utf8" });

it("puts the built site in place of out/, leaving nothing of the old one, and refuses when there is no built site", () => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-swap-"));
  mkdirSync(path.join(dir, "out", "papers", "gone"), { recursive: true });
  writeFileSync(path.join(dir, "out", "papers", "gone", "index.html"), "old");
  mkdirSync(path.join(dir, "built", "papers", "new"), { recursive: true });
  writeFileSync(path.join(dir, "built", "papers", "new", "index.html"), "new");
  expect(swap("built", "out").status).toBe(0);
  expect(readFileSync(path.join(dir, "out", "papers", "new", "index.html"), "utf8")).toBe("new");
  expect([existsSync(path.join(dir, "out", "papers", "gone")), existsSync(path.join(dir, "built")), existsSync(path.join(dir, "out.old"))]).toEqual([false, false, false]);
  // A build stopped before its site was finished: out/ stays as it is.
  const stopped = swap("built", "out");
  expect(stopped.status).toBe(2);
  expect(stopped.stderr).toContain(`${path.join(dir, "built")} does not exist`);
  expect(readFileSync(path.join(dir, "out", "papers", "new", "index.html"), "utf8")).toBe("new");
});
