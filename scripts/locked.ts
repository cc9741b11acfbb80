// node --import tsx scripts/locked.ts <what> "<command>"   (used by `npm run build`)
// Runs a shell command while holding the lock of content/ (lib/content-lock.ts): an ingest or an
// add started meanwhile stops and says so, instead of changing the catalog under a build that has
// read half of it. The command's steps inherit the lock; its exit code is this script's.
import { spawnSync } from "node:child_process";
import { ContentError } from "../lib/content";
import { HOLDER_ENV, lockContent } from "../lib/content-lock";

const [what, command] = process.argv.slice(2);
if (!what || !command) {
  console.error('usage: locked.ts <what> "<command>"');
  process.exit(2);
}
let release: () => void;
try {
  release = lockContent(what);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(`${what} stopped:\n  ${e.problems.join("\n  ")}`);
  process.exit(1);
}
const r = spawnSync(command, { shell: true, stdio: "inherit", env: { ...process.env, [HOLDER_ENV]: String(process.pid) } });
release();
process.exit(r.status ?? 1);
