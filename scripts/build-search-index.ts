// Writes the static search index into public/search-index/ (copied into out/ by next build), or
// into the folder given as the first argument. Runs before `next build`; reads content/ through
// lib/content.ts like every other consumer (PAPER_ATLAS_CONTENT for another catalog).
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError, readAcronyms, readPapers, readTopics } from "../lib/content";
import { buildSearchIndex } from "../lib/search/build-index";
import { SEARCH_DIR } from "../lib/search/options";
import { contentProblems } from "../lib/terminal";

const target = path.resolve(process.argv[2] ?? path.join(process.cwd(), "public", SEARCH_DIR));
const started = performance.now();
let catalog: Parameters<typeof buildSearchIndex>;
try {
  catalog = [readPapers(), readTopics(), readAcronyms()];
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(contentProblems("search index not built", e.problems));
  process.exit(1);
}
const files = await buildSearchIndex(...catalog);
const tmp = `${target}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
let bytes = 0;
for (const [name, data] of files) {
  const file = path.join(tmp, name);
  mkdirSync(path.dirname(file), { recursive: true });
  const text = JSON.stringify(data);
  bytes += Buffer.byteLength(text);
  writeFileSync(file, text);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(path.dirname(target), { recursive: true });
renameSync(tmp, target);
console.log(`search index: ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB in ${path.relative(process.cwd(), target)}/ (${(performance.now() - started).toFixed(0)} ms)`);
