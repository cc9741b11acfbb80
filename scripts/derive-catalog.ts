// node --import tsx scripts/derive-catalog.ts   (run by `npm run build`, beside the content check, before `next build`)
// Derives once what every page-rendering worker of `next build` would otherwise derive again: the
// related papers of the whole catalog (lib/related.ts), written to the build's cache
// (lib/related-cache.ts) under a key of the papers and the deriving code. The workers read it
// through lib/catalog-view.ts; without it (npm run dev, a bare next build) they derive in-process.
// Reads content/ through lib/content.ts (PAPER_ATLAS_CONTENT for another catalog).
import path from "node:path";
import { ContentError, readPapers } from "../lib/content";
import { writeRelatedCache } from "../lib/related-cache";
import { contentProblems } from "../lib/terminal";

const started = performance.now();
let papers: ReturnType<typeof readPapers>;
try {
  papers = readPapers();
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(contentProblems("related papers not derived", e.problems));
  process.exit(1);
}
const { file } = writeRelatedCache(papers);
console.log(`related papers: ${papers.length} papers in ${path.relative(process.cwd(), file)} (${(performance.now() - started).toFixed(0)} ms)`);
