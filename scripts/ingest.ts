// npm run ingest [-- --check] [-- --verbose]
// content/sources/* -> parse -> merge -> validate -> content/papers/<id>.md + content/listings.json
// Nothing is written unless every listing parses and every record validates; lib/content-write.ts
// then replaces papers/, listings.json, ledger.jsonl and published.jsonl in one step. Ids come from
// the ledger; published.jsonl keeps every topic and listing page address the site has published.
import { buildCatalog } from "../lib/catalog";
import { buildCatalogView, sourceSlug } from "../lib/catalog-view";
import {
  ContentError,
  contentPaths,
  describeIssues,
  hasLedger,
  readAcronyms,
  readCorrections,
  readLedger,
  readPaperFiles,
  readPublished,
  readTopics,
  serializeLedger,
  serializeListings,
  serializePaper,
  serializePublished,
} from "../lib/content";
import { lockContent } from "../lib/content-lock";
import { finishInterrupted, leftovers, staleFiles, writeGeneration, type Generation, type StepHook } from "../lib/content-write";
import { analyseIngest, formatIngestReport, type IngestReport } from "../lib/ingest-report";
import { correctionProblems } from "../lib/corrections-check";
import { currentPages, listedPapers, publish, reusedAddresses, reusedTopicIds } from "../lib/published";
import { IsoDateSchema, LedgerEntrySchema, PaperRecordSchema } from "../lib/schema";
import { readSources, stopMessage } from "../lib/sources";
import { safe } from "../lib/terminal";
import { formerIds } from "../lib/topics";

type Outcome = Generation & {
  summary: string[];
  warnings: string[];
  report: IngestReport;
  /** Files in content/sources/ that are not read (backups, hidden files, folders). */
  notices: string[];
};

/** The day written as a removal date: PAPER_ATLAS_TODAY (YYYY-MM-DD, for tests), else today in UTC. */
function today(): string {
  const set = process.env.PAPER_ATLAS_TODAY;
  if (set === undefined) return new Date().toISOString().slice(0, 10);
  if (!IsoDateSchema.safeParse(set).success) throw new ContentError([`PAPER_ATLAS_TODAY: "${set}" is not a date (YYYY-MM-DD)`]);
  return set;
}

function readPreviousRecords() {
  try {
    return readPaperFiles();
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    const fix = "content/papers/ is written only by the ingest: restore these records (git checkout content/papers/), then run it again";
    throw new ContentError([...e.problems, fix]);
  }
}

export function runIngest(): Outcome {
  const paths = contentPaths();
  const { listings, notices } = readSources(paths.sources);
  // Records are read only to keep the files that stay the same and to adopt their ids when there
  // is no ledger yet; an invalid one stops the ingest (ContentError naming file and field).
  const previous = readPreviousRecords();
  const [corrections, topics] = [readCorrections(), readTopics()];
  readAcronyms(); // validated here, so --check refuses a bad one before the search index build does
  const publishedBefore = readPublished();
  // A correction may name a topic by any id it had: its formerly, or a rename recorded before.
  const topicRenames = formerIds(topics, publishedBefore);
  const catalog = buildCatalog({
    listings,
    previous: previous.map((f) => f.paper),
    ledger: hasLedger() ? readLedger() : undefined,
    today: today(),
    corrections,
    topics,
    topicRenames,
  });
  const wrongCorrections = correctionProblems(corrections, catalog.papers.map((p) => p.id), topics.map((t) => t.id), catalog.ledger, topicRenames);
  if (wrongCorrections.length > 0) throw new ContentError(wrongCorrections);

  const problems: string[] = [];
  const files = new Map<string, string>();
  for (const paper of catalog.papers) {
    const checked = PaperRecordSchema.safeParse(paper);
    const at = paper.sources.map((s) => `content/sources/${s.file}:${s.line}`).join(", ");
    if (!checked.success) problems.push(...describeIssues(at, checked.error));
    else files.set(`${paper.id}.md`, serializePaper(checked.data));
  }
  for (const entry of catalog.ledger) {
    const checked = LedgerEntrySchema.safeParse(entry);
    if (!checked.success) problems.push(...describeIssues(`content/ledger.jsonl (${entry.id})`, checked.error));
  }
  if (problems.length > 0) throw new ContentError(problems);
  // The pages the site will build from this catalog join every address published before.
  const view = buildCatalogView({ papers: catalog.papers, topics, listings: catalog.listings, ledger: catalog.ledger });
  const current = currentPages(view);
  const listed = { before: listedPapers(previous.map((f) => f.paper)), now: listedPapers(catalog.papers) };
  const published = publish(publishedBefore, current, listed, topicRenames);
  const fileOf = new Map(catalog.listings.map((l) => [sourceSlug(l.file), l.file]));
  const reused = [
    ...reusedAddresses(publishedBefore, published, current, listed).map(
      (r) => `content/sources/${fileOf.get(r.slug)}: takes the address /sources/${r.slug}/ of the listing \u201c${r.title}\u201d, which is now /sources/${r.to}/; links to it will show this listing instead (rename this file to keep them)`,
    ),
    ...reusedTopicIds(publishedBefore, published, topics.map((t) => t.id)).map(
      (r) => `content/topics/${r.id}.md: takes the id of a topic that became ${r.to}; links to /topics/${r.id}/ will show this topic instead (rename this file to keep them)`,
    ),
  ];
  const moved = published.length - current.length;

  const s = catalog.stats;
  const summary = [
    `${s.files} files, ${s.entries} entries, ${s.papers} distinct papers`,
    `${s.merged} merged duplicates, ${s.inferredTitles} inferred titles, ${catalog.warnings.length + reused.length} warnings`,
  ];
  const counts = Object.entries(catalog.topicCounts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (counts.length > 0) summary.push(`topics: ${counts.map(([id, n]) => `${id} ${n}`).join(", ")}`);
  const retired = catalog.ledger.filter((e) => e.status !== "live");
  if (retired.length > 0) summary.push(`${retired.length} retired ids answer with a pointer or a tombstone`);
  if (moved > 0) summary.push(`${moved} addresses of topic or listing pages that changed lead on or say what happened (content/published.jsonl)`);
  const texts = new Map(previous.map((f) => [`${f.paper.id}.md`, f.text]));
  const unchanged = new Set([...files].filter(([name, text]) => texts.get(name) === text).map(([name]) => name));
  const warnings = [...catalog.warnings, ...reused];
  return {
    papers: files,
    unchanged,
    listings: serializeListings(catalog.listings),
    ledger: serializeLedger(catalog.ledger),
    published: serializePublished(published),
    summary,
    warnings,
    report: analyseIngest(catalog.papers, topics, warnings),
    notices,
  };
}

/** PAPER_ATLAS_KILL_AT=n (tests only): the process kills itself with SIGKILL before its nth write step. */
function killHook(): StepHook | undefined {
  const at = Number(process.env.PAPER_ATLAS_KILL_AT);
  if (!Number.isInteger(at) || at < 1) return undefined;
  let n = 0;
  return () => {
    if (++n === at) process.kill(process.pid, "SIGKILL");
  };
}

function stopped(e: unknown): number {
  console.error(stopMessage(e));
  return 1;
}

function main(argv: string[]): number {
  const check = argv.includes("--check");
  const root = contentPaths().root;
  // --check only reads; an ingest writes, and waits for no other writer: it stops if one is running.
  const release = check ? () => {} : lockContent("ingest", root);
  try {
    return ingest(argv, check, root);
  } finally {
    release();
  }
}

function ingest(argv: string[], check: boolean, root: string): number {
  const hook = killHook();
  // --check changes nothing, so it only reports what a stopped ingest left; an ingest cleans up.
  for (const notice of check ? leftovers(root) : finishInterrupted(root, hook)) console.warn(`notice: ${notice}`);
  let outcome: Outcome;
  try {
    outcome = runIngest();
  } catch (e) {
    return stopped(e);
  }
  for (const n of outcome.notices) console.warn(`notice: ${safe(n)}`);
  for (const line of formatIngestReport(outcome.report, { verbose: argv.includes("--verbose") })) console.warn(safe(line));
  if (check) {
    const stale = staleFiles(outcome);
    if (stale.length > 0) {
      console.error(`content/ is out of date with content/sources/ (run npm run ingest):\n  ${stale.map(safe).join("\n  ")}`);
      return 1;
    }
    console.log(`content/ is up to date: ${outcome.summary.join("; ")}`);
    return 0;
  }
  writeGeneration(outcome, root, hook);
  console.log(`ingest: ${outcome.summary.join("\n        ")}`);
  return 0;
}

function run(argv: string[]): number {
  try {
    return main(argv);
  } catch (e) {
    return stopped(e);
  }
}

process.exitCode = run(process.argv.slice(2));
