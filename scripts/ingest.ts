// npm run ingest [-- --check]
// content/sources/* -> parse -> merge -> validate -> content/papers/<id>.md + content/listings.json
// The one writer of content/. Nothing is written unless every listing parses and every record
// validates; the new papers/ is written beside the old one and renamed into place.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { buildCatalog, type PreviousRecord } from "../lib/catalog";
import {
  ContentError,
  contentPaths,
  describeIssues,
  readAcronyms,
  readCorrections,
  readPaperFiles,
  readTopics,
  serializeListings,
  serializePaper,
} from "../lib/content";
import { correctionProblems } from "../lib/corrections-check";
import { readSources, stopMessage } from "../lib/sources";
import { safe, writeFileNamed } from "../lib/terminal";
import { PaperRecordSchema } from "../lib/schema";

type Outcome = {
  files: Map<string, string>;
  /** Files whose text is the same as in the papers/ being replaced. */
  unchanged: Set<string>;
  listingsJson: string;
  summary: string[];
  warnings: string[];
  /** Files in content/sources/ that are not read (backups, hidden files, folders). */
  notices: string[];
};

type Previous = { records: PreviousRecord[]; texts: Map<string, string>; warning: string | null };

/** The records in content/papers/ (for stable ids) and their files' texts, by file name. */
function previousRecords(): Previous {
  try {
    const files = readPaperFiles();
    return { records: files.map((f) => f.paper), texts: new Map(files.map((f) => [`${f.paper.id}.md`, f.text])), warning: null };
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return { records: [], texts: new Map(), warning: `content/papers/ has invalid records; ids are assigned afresh:\n  ${e.problems.join("\n  ")}` };
  }
}

export function runIngest(): Outcome {
  const paths = contentPaths();
  const { listings, notices } = readSources(paths.sources);
  const previous = previousRecords();
  const [corrections, topics] = [readCorrections(), readTopics()];
  readAcronyms(); // validated here, so --check refuses a bad one before the search index build does
  const catalog = buildCatalog({ listings, previous: previous.records, corrections, topics });
  const wrongCorrections = correctionProblems(corrections, catalog.papers.map((p) => p.id), topics.map((t) => t.id));
  if (wrongCorrections.length > 0) throw new ContentError(wrongCorrections);

  const problems: string[] = [];
  const files = new Map<string, string>();
  for (const paper of catalog.papers) {
    const checked = PaperRecordSchema.safeParse(paper);
    const at = paper.sources.map((s) => `content/sources/${s.file}:${s.line}`).join(", ");
    if (!checked.success) problems.push(...describeIssues(at, checked.error));
    else files.set(`${paper.id}.md`, serializePaper(checked.data));
  }
  if (problems.length > 0) throw new ContentError(problems);

  const s = catalog.stats;
  const summary = [
    `${s.files} files, ${s.entries} entries, ${s.papers} distinct papers`,
    `${s.merged} merged duplicates, ${s.inferredTitles} inferred titles, ${catalog.warnings.length + (previous.warning ? 1 : 0)} warnings`,
  ];
  const counts = Object.entries(catalog.topicCounts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (counts.length > 0) summary.push(`topics: ${counts.map(([id, n]) => `${id} ${n}`).join(", ")}`);
  const warnings = previous.warning ? [previous.warning, ...catalog.warnings] : catalog.warnings;
  const unchanged = new Set([...files].filter(([name, text]) => previous.texts.get(name) === text).map(([name]) => name));
  return { files, unchanged, listingsJson: serializeListings(catalog.listings), summary, warnings, notices };
}

/** Paths (relative to the repo) whose content differs from what the sources produce. */
function differences(outcome: Outcome): string[] {
  const paths = contentPaths();
  const stale: string[] = [];
  const existing = existsSync(paths.papers) ? readdirSync(paths.papers).filter((n) => n.endsWith(".md")) : [];
  for (const name of new Set([...existing, ...outcome.files.keys()])) {
    const file = path.join(paths.papers, name);
    const want = outcome.files.get(name);
    const have = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (want !== have) stale.push(`${path.relative(process.cwd(), file)} (${want === undefined ? "should not exist" : have === undefined ? "missing" : "differs"})`);
  }
  const listingsNow = existsSync(paths.listings) ? readFileSync(paths.listings, "utf8") : undefined;
  if (listingsNow !== outcome.listingsJson) stale.push(`${path.relative(process.cwd(), paths.listings)} (differs)`);
  return stale.sort();
}

/**
 * A file that stays the same is linked into the new papers/, not written again: no new file, and
 * none freed when the old folder goes. False where links are not possible, and it is written.
 */
function linked(existing: string, file: string): boolean {
  try {
    linkSync(existing, file);
    return true;
  } catch {
    return false;
  }
}

function writeAtomically(outcome: Outcome) {
  const paths = contentPaths();
  const tmp = `${paths.papers}.tmp-${process.pid}`;
  const old = `${paths.papers}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, text] of outcome.files) {
    const file = path.join(tmp, name);
    if (!(outcome.unchanged.has(name) && linked(path.join(paths.papers, name), file))) writeFileNamed(file, text);
  }
  const listingsTmp = `${paths.listings}.tmp-${process.pid}`;
  writeFileNamed(listingsTmp, outcome.listingsJson);
  if (existsSync(paths.papers)) renameSync(paths.papers, old);
  renameSync(tmp, paths.papers);
  renameSync(listingsTmp, paths.listings);
  rmSync(old, { recursive: true, force: true });
}

function stopped(e: unknown): number {
  console.error(stopMessage(e));
  return 1;
}

function main(argv: string[]): number {
  const check = argv.includes("--check");
  let outcome: Outcome;
  try {
    outcome = runIngest();
  } catch (e) {
    return stopped(e);
  }
  for (const n of outcome.notices) console.warn(`notice: ${safe(n)}`);
  for (const w of outcome.warnings) console.warn(`warning: ${safe(w)}`);
  if (check) {
    const stale = differences(outcome);
    if (stale.length > 0) {
      console.error(`content/ is out of date with content/sources/ (run npm run ingest):\n  ${stale.map(safe).join("\n  ")}`);
      return 1;
    }
    console.log(`content/ is up to date: ${outcome.summary.join("; ")}`);
    return 0;
  }
  writeAtomically(outcome);
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
