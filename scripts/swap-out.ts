// node --import tsx scripts/swap-out.ts <built> <out>   (the last step of `npm run build`)
// The site is built and finished (static pages, pruning) in a folder of its own, then put in place
// of out/ in two renames: a build stopped at any point leaves out/ as the last whole site, never
// half of a new one (pages without their scripts, or Next's payload files beside the islands).
import { existsSync, renameSync, rmSync } from "node:fs";

const [built, out] = process.argv.slice(2);
if (!built || !out || !existsSync(built)) {
  console.error(`usage: swap-out.ts <built> <out>${built && !existsSync(built) ? ` (${built} does not exist: run the whole npm run build)` : ""}`);
  process.exit(2);
}
const old = `${out}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(built, out);
rmSync(old, { recursive: true, force: true });
console.log(`site: ${out}/`);
