// The one writer of content/: replaces everything an ingest generates (papers/, listings.json,
// ledger.jsonl, published.jsonl) as one step that a crash cannot split.
//
//   1. stage the new files in content/.ingest-new/ (records that stay the same are hard-linked);
//   2. write content/.ingest-journal.json (to a temporary name, then renamed): the commit point;
//   3. move each old file to content/.ingest-old/ and its staged successor into place;
//   4. delete the journal, then the old files.
//
// Killed before 2, content/ holds the old catalog and a stray staging folder; after 2, the new one:
// readers (lib/content.ts, generatedPaths) read a file from the staging folder until it is moved.
// The next ingest finishes a journal it finds (finishInterrupted) and deletes leftovers.
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { contentPaths, GENERATED, generatedPaths, JOURNAL, RETIRED_DIR, STAGING_DIR } from "./content";
// A write that fails for want of space names its file (ENOSPC from write() carries no path).
import { writeFileNamed } from "./terminal";

/** What one ingest writes. */
export type Generation = {
  /** Record texts by file name ("<id>.md"). */
  papers: Map<string, string>;
  /** Names in `papers` whose text is that of the current record: linked, not written again. */
  unchanged?: Set<string>;
  listings: string;
  ledger: string;
  /** content/published.jsonl: every topic and listing page address ever published. */
  published: string;
};

/**
 * Called before every file-system change with a short description of it; tests pass one that
 * throws (or kills the process) to stop the write at that exact point.
 */
export type StepHook = (step: string) => void;

const none: StepHook = () => {};

/** Folders and files older versions of the ingest left behind when they were stopped. */
const LEGACY_LEFTOVER = /^(papers\.(tmp|old)-\d+|listings\.json\.tmp-\d+)$/;

function relative(root: string, name: string): string {
  return path.join(path.relative(process.cwd(), root) || ".", name);
}

/** Leftovers of stopped ingests in content/, described; nothing is changed. */
export function leftovers(root: string): string[] {
  const found: string[] = [];
  if (existsSync(path.join(root, JOURNAL))) found.push(`${relative(root, JOURNAL)}: an ingest was stopped after its new files were complete; the next ingest finishes it`);
  for (const name of [STAGING_DIR, RETIRED_DIR, `${JOURNAL}.tmp`]) if (existsSync(path.join(root, name))) found.push(`${relative(root, name)}: left by a stopped ingest; the next ingest deletes it`);
  if (existsSync(root)) for (const name of readdirSync(root).filter((n) => LEGACY_LEFTOVER.test(n)).sort()) found.push(`${relative(root, name)}: left by a stopped ingest of an older version; check it and delete it by hand`);
  return found;
}

/** Move a staged file into place: the old one aside first (a directory cannot be renamed over). */
function swapIn(root: string, name: string, step: StepHook) {
  const staged = path.join(root, STAGING_DIR, name);
  if (!existsSync(staged)) return;
  const target = path.join(root, name);
  const aside = path.join(root, RETIRED_DIR, name);
  if (existsSync(target)) {
    step(`move ${name} to ${RETIRED_DIR}/`);
    rmSync(aside, { recursive: true, force: true });
    renameSync(target, aside);
  }
  step(`move ${STAGING_DIR}/${name} into place`);
  renameSync(staged, target);
}

function commit(root: string, step: StepHook) {
  step(`create ${RETIRED_DIR}/`);
  mkdirSync(path.join(root, RETIRED_DIR), { recursive: true });
  for (const name of GENERATED) swapIn(root, name, step);
  step(`delete ${JOURNAL}`);
  rmSync(path.join(root, JOURNAL));
  cleanUp(root, step);
}

function cleanUp(root: string, step: StepHook) {
  for (const dir of [RETIRED_DIR, STAGING_DIR, `${JOURNAL}.tmp`]) {
    if (!existsSync(path.join(root, dir))) continue;
    step(`delete ${dir}`);
    rmSync(path.join(root, dir), { recursive: true, force: true });
  }
}

/**
 * Bring content/ back to one whole catalog before an ingest: finish a journal's swap, delete a
 * staging folder that never reached its journal and old files not yet deleted. Returns a notice
 * for each thing it did, and for leftovers of older versions, which it leaves alone.
 */
export function finishInterrupted(root = contentPaths().root, step: StepHook = none): string[] {
  const notices = leftovers(root);
  if (existsSync(path.join(root, JOURNAL))) commit(root, step);
  else cleanUp(root, step);
  return notices;
}

/** A record's file name in content/papers/ (as readRecords reads them). */
const isRecordName = (name: string) => name.endsWith(".md") && !name.startsWith(".");

/** A link to the unchanged record instead of a copy; false where links are not possible. */
function linked(existing: string, file: string): boolean {
  try {
    linkSync(existing, file);
    return true;
  } catch {
    return false;
  }
}

/** Replace the generated files of content/ with `next`, as one step (see the top of this file). */
export function writeGeneration(next: Generation, root = contentPaths().root, step: StepHook = none) {
  const staging = path.join(root, STAGING_DIR);
  const papers = path.join(staging, "papers");
  finishInterrupted(root, step);
  const current = path.join(root, "papers");
  step(`create ${STAGING_DIR}/papers/`);
  mkdirSync(papers, { recursive: true });
  // What is not a record (an editor's swap file, a note) stays: the ingest writes records only.
  if (existsSync(current)) {
    for (const name of readdirSync(current).filter((n) => !isRecordName(n))) {
      step(`keep papers/${name}`);
      try {
        cpSync(path.join(current, name), path.join(papers, name), { recursive: true, verbatimSymlinks: true });
      } catch {
        // (one that cannot be copied, a socket say, is left behind with the old records)
      }
    }
  }
  for (const [name, text] of next.papers) {
    const file = path.join(papers, name);
    const existing = path.join(current, name);
    step(`write ${STAGING_DIR}/papers/${name}`);
    if (!(next.unchanged?.has(name) && linked(existing, file))) writeFileNamed(file, text);
  }
  for (const [name, text] of [["listings.json", next.listings], ["ledger.jsonl", next.ledger], ["published.jsonl", next.published]] as const) {
    step(`write ${STAGING_DIR}/${name}`);
    writeFileNamed(path.join(staging, name), text);
  }
  const journal = path.join(root, JOURNAL);
  step(`write ${JOURNAL}.tmp`);
  writeFileNamed(`${journal}.tmp`, `${JSON.stringify({ staged: STAGING_DIR, replaces: GENERATED })}\n`);
  step(`rename ${JOURNAL}.tmp to ${JOURNAL}`);
  renameSync(`${journal}.tmp`, journal);
  try {
    commit(root, step);
  } catch (e) {
    // Past the commit point the new catalog is what content/ reads: a file system error here only
    // kept part of it from moving into place.
    throw (e as NodeJS.ErrnoException).code === undefined ? e : new CommitError(e);
  }
}

/** A failure after the journal was written: the new catalog stands, but not all of it was moved into place. */
export class CommitError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "CommitError";
  }
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** Paths (relative to the working directory) whose content differs from `want`, sorted. */
export function staleFiles(want: Generation, root = contentPaths().root): string[] {
  const at = generatedPaths(root);
  const stale: string[] = [];
  const show = (file: string) => path.relative(process.cwd(), file);
  const existing = existsSync(at.papers) ? readdirSync(at.papers).filter(isRecordName) : [];
  for (const name of new Set([...existing, ...want.papers.keys()])) {
    const file = path.join(at.papers, name);
    const wanted = want.papers.get(name);
    const have = readIfExists(file);
    if (wanted !== have) stale.push(`${show(file)} (${wanted === undefined ? "should not exist" : have === undefined ? "missing" : "differs"})`);
  }
  if (readIfExists(at.listings) !== want.listings) stale.push(`${show(at.listings)} (differs)`);
  for (const file of [at.ledger, at.published]) {
    const wanted = file === at.ledger ? want.ledger : want.published;
    if (readIfExists(file) !== wanted) stale.push(`${show(file)} (${existsSync(file) ? "differs" : "missing"})`);
  }
  return stale.sort();
}
