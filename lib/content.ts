// The one reader of content/ for the rest of the project. Every record is validated on read
// against its zod schema; nothing that crosses the content/ boundary is cast.
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { FrontMatterError, readFrontMatter, writeFrontMatter } from "./front-matter";
import {
  AcronymsSchema,
  IdSchema,
  CorrectionsSchema,
  LedgerEntrySchema,
  ListingsSchema,
  PublishedEntrySchema,
  PaperSchema,
  TopicSchema,
  type Acronyms,
  type Corrections,
  type LedgerEntry,
  type Listing,
  type PaperRecord,
  type PublishedEntry,
  type TopicRecord,
} from "./schema";
import { parseStrictJson } from "./strict-json";
import { decodeText } from "./text-hygiene";
import { describeFsError } from "./terminal";
import { formerlyClashes } from "./topics";

/** content/ of this checkout, or another catalog's (PAPER_ATLAS_CONTENT) for test builds. */
export function contentRoot(): string {
  return path.resolve(process.env.PAPER_ATLAS_CONTENT ?? path.join(process.cwd(), "content"));
}

export const contentPaths = (root = contentRoot()) => ({
  root,
  sources: path.join(root, "sources"),
  papers: path.join(root, "papers"),
  topics: path.join(root, "topics"),
  listings: path.join(root, "listings.json"),
  ledger: path.join(root, "ledger.jsonl"),
  published: path.join(root, "published.jsonl"),
  corrections: path.join(root, "corrections.json"),
  acronyms: path.join(root, "acronyms.json"),
});

/** What the ingest writes, all replaced in one step (lib/content-write.ts). */
export const GENERATED = ["papers", "listings.json", "ledger.jsonl", "published.jsonl"] as const;
/** An ingest's new files, before they are moved into place. */
export const STAGING_DIR = ".ingest-new";
/** The files they replace, until they are deleted. */
export const RETIRED_DIR = ".ingest-old";
/** Present from the moment the staged files are complete until all are in place. */
export const JOURNAL = ".ingest-journal.json";

/**
 * Where the current version of each generated file is. While an ingest's journal exists its
 * staged files are the catalog: a file not moved into place yet is read from the staging folder.
 * So a reader sees the old catalog or the new one, never a mix, whenever an ingest is stopped.
 */
export function generatedPaths(root = contentRoot()): { papers: string; listings: string; ledger: string; published: string } {
  const paths = contentPaths(root);
  const journal = existsSync(path.join(paths.root, JOURNAL));
  const current = (name: (typeof GENERATED)[number]) => {
    const staged = path.join(paths.root, STAGING_DIR, name);
    return journal && existsSync(staged) ? staged : path.join(paths.root, name);
  };
  return { papers: current("papers"), listings: current("listings.json"), ledger: current("ledger.jsonl"), published: current("published.jsonl") };
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ContentError";
  }
}

/** "**title**: Too small" lines, one per problem, after the file they belong to. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: **${i.path.join(".") || "(record)"}**: ${i.message}`);
}

function lexists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** A hand-written or generated text file, or a ContentError naming it: unreadable, or not UTF-8. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new ContentError([describeFsError(e, display) ?? `${display(file)}: ${(e as Error).message}`]);
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) throw new ContentError([`${display(file)}: ${decoded.problem}`]);
  return decoded.text;
}

function display(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** The front matter fields of a paper record, in a fixed order; the abstract is the body. */
export function serializePaper(paper: PaperRecord): string {
  const { abstract, ...fields } = paper;
  const ordered = Object.fromEntries(Object.keys(PaperSchema.shape).map((k) => [k, fields[k as keyof typeof fields]]));
  return writeFrontMatter(ordered, abstract);
}

/** Front matter validated against a schema, and the body; any problem is a ContentError naming the file. */
function parseRecord<T>(text: string, file: string, schema: z.ZodType<T>): { data: T; body: string } {
  let parsed: ReturnType<typeof readFrontMatter>;
  try {
    parsed = readFrontMatter(text);
  } catch (e) {
    if (e instanceof FrontMatterError) throw new ContentError([`${file}: ${e.message}`]);
    throw e;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) throw new ContentError(describeIssues(file, result.error));
  return { data: result.data, body: parsed.body };
}

export function parsePaper(text: string, file: string): PaperRecord {
  const result = parseRecord(text, file, PaperSchema);
  const abstract = result.body.trim();
  if (abstract === "") throw new ContentError([`${file}: **abstract**: the body (the abstract) is empty`]);
  const expected = path.basename(file, ".md");
  if (result.data.id !== expected) throw new ContentError([`${file}: **id**: "${result.data.id}" does not match the file name`]);
  return { ...result.data, abstract };
}

/** Every `.md` record in a folder, parsed in name order; one ContentError lists every bad file. */
function readRecords<T>(dir: string, parse: (text: string, file: string) => T): T[] {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const records: T[] = [];
  // Hidden files are an editor's (".#x.md" while Emacs edits x.md, macOS's "._x.md"), not records.
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".md") && !n.startsWith(".")).sort()) {
    const file = path.join(dir, name);
    try {
      records.push(parse(readText(file), display(file)));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return records;
}

/** Every paper in content/papers/, sorted by id. Throws ContentError listing every bad file. */
export function readPapers(root = contentRoot()): PaperRecord[] {
  return readPaperFiles(root).map((f) => f.paper);
}

/** readPapers, with the text each record was read from (the ingest keeps files that stay the same). */
export function readPaperFiles(root = contentRoot()): { paper: PaperRecord; text: string }[] {
  return readRecords(generatedPaths(root).papers, (text, file) => ({ paper: parsePaper(text, file), text }));
}

function readJson<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
  if (!lexists(file)) return fallback;
  const text = readText(file);
  const parsed = parseStrictJson(text);
  if (!parsed.ok) throw new ContentError(parsed.problems.map((p) => `${display(file)}:${p.line}: ${p.message}`));
  const data = parsed.value;
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(describeIssues(display(file), result.error));
  return result.data;
}

/** Hand corrections (content/corrections.json); none when the file does not exist. */
export function readCorrections(root = contentRoot()): Corrections {
  return readJson(contentPaths(root).corrections, CorrectionsSchema, { papers: {} });
}

/** Each listing as captured, in order, with the paper each entry became. */
export function readListings(root = contentRoot()): Listing[] {
  return readJson(generatedPaths(root).listings, ListingsSchema, []);
}

export function serializeListings(listings: Listing[]): string {
  return `${JSON.stringify(listings, null, 2)}\n`;
}

/** Does content/ have a ledger yet? (The first ingest without one adopts the ids of content/papers/.) */
export function hasLedger(root = contentRoot()): boolean {
  return existsSync(generatedPaths(root).ledger);
}

/**
 * Every id the catalog has issued (content/ledger.jsonl), sorted by id; [] before the first ingest.
 * Each line is validated; a bad line, a repeated id or seq, or a merge into an unknown id is a
 * ContentError naming file, line and field.
 */
export function readLedger(root = contentRoot()): LedgerEntry[] {
  const file = generatedPaths(root).ledger;
  const shown = display(file);
  const lineOf = new Map<string, number>();
  const seqs = new Map<number, number>();
  const { entries, problems } = readJsonLines(file, LedgerEntrySchema, (entry, line, problems) => {
    if (lineOf.has(entry.id)) problems.push(`${shown}:${line}: **id**: "${entry.id}" is also on line ${lineOf.get(entry.id)}`);
    if (seqs.has(entry.seq)) problems.push(`${shown}:${line}: **seq**: ${entry.seq} is also on line ${seqs.get(entry.seq)}`);
    lineOf.set(entry.id, line);
    seqs.set(entry.seq, line);
  });
  for (const e of entries) {
    if (e.into !== undefined && !lineOf.has(e.into)) problems.push(`${shown}:${lineOf.get(e.id)}: **into**: "${e.into}" is not an id in the ledger`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A JSON Lines file of content/, each line validated against `schema`; `each` checks a valid line
 * against the ones before it. A missing file has no lines.
 */
function readJsonLines<T>(file: string, schema: z.ZodType<T>, each: (entry: T, line: number, problems: string[]) => void): { entries: T[]; problems: string[] } {
  const entries: T[] = [];
  const problems: string[] = [];
  if (!existsSync(file)) return { entries, problems };
  const shown = display(file);
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, i) => {
      const at = `${shown}:${i + 1}`;
      if (text === "") return;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        problems.push(`${at}: not valid JSON: ${(e as Error).message}`);
        return;
      }
      const result = schema.safeParse(data);
      if (!result.success) return problems.push(...describeIssues(at, result.error));
      each(result.data, i + 1, problems);
      entries.push(result.data);
    });
  return { entries, problems };
}

const LEDGER_KEYS = ["id", "seq", "status", "into", "removedOn", "lastListed", "title", "fp", "words", "sig"] as const;

/** One JSON line per id, sorted by id, keys in a fixed order: a diff shows exactly which ids changed. */
export function serializeLedger(entries: LedgerEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((e) => `${JSON.stringify(Object.fromEntries(LEDGER_KEYS.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])))}\n`).join("");
}

/**
 * Every topic and listing page address the site has published (content/published.jsonl), sorted
 * by path; [] before the first ingest that records them. A bad or repeated line is a ContentError.
 */
export function readPublished(root = contentRoot()): PublishedEntry[] {
  const file = generatedPaths(root).published;
  const lineOf = new Map<string, number>();
  const { entries, problems } = readJsonLines(file, PublishedEntrySchema, (entry, line, problems) => {
    if (lineOf.has(entry.path)) problems.push(`${display(file)}:${line}: **path**: "${entry.path}" is also on line ${lineOf.get(entry.path)}`);
    lineOf.set(entry.path, line);
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One JSON line per path, sorted, keys in a fixed order. */
export function serializePublished(entries: PublishedEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sorted
    .map((e) => `${JSON.stringify({ path: e.path, ...(e.title === undefined ? {} : { title: e.title }), ...(e.key === undefined ? {} : { key: e.key }), ...(e.renamedTo === undefined ? {} : { renamedTo: e.renamedTo }) })}\n`)
    .join("");
}

export function parseTopic(text: string, file: string): TopicRecord {
  if (!IdSchema.safeParse(path.basename(file, ".md")).success) {
    throw new ContentError([`${file}: **id**: the file name must be a lowercase slug`]);
  }
  // Topic files are written by hand: an editor's byte order mark is not part of the front matter.
  const { data, body } = parseRecord(text.replace(/^\uFEFF/, ""), file, TopicSchema);
  return { ...data, id: path.basename(file, ".md"), intro: body.trim() };
}

/** Every topic in content/topics/, sorted by id. Throws ContentError naming file and field. */
export function readTopics(root = contentRoot()): TopicRecord[] {
  const dir = contentPaths(root).topics;
  const topics = readRecords(dir, parseTopic);
  // An old id leads to one topic: not to a topic of its own too, nor to two.
  const file = (id: string) => display(path.join(dir, `${id}.md`));
  const problems = formerlyClashes(topics).map(({ topic, old, claimedBy }) =>
    claimedBy === null
      ? `${file(topic)}: formerly: "${old}" is a topic of its own (${file(old)}); remove it from formerly, or delete that file`
      : `${file(topic)}: formerly: "${old}" is listed under formerly by ${file(claimedBy)} too; an old id can lead to one topic`,
  );
  if (problems.length > 0) throw new ContentError(problems);
  return topics;
}

/** The acronym table search expands both ways (content/acronyms.json); empty when absent. */
export function readAcronyms(root = contentRoot()): Acronyms {
  return readJson(contentPaths(root).acronyms, AcronymsSchema, { acronyms: [] });
}
