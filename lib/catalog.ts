// Stage 2 of the ingest: parsed listings in, one record per distinct paper out. Pure: no I/O.
//
// The same paper can be listed several times, in one listing or in several, with small
// differences (a comma). Entries merge only when they are clearly one paper: the same title (up to
// case, spacing and punctuation) and nearly the same abstract, or, for an untitled entry, nearly the
// same abstract. Two papers that only share a title stay two papers with two ids.
import { inferListingYear, isLeap, type ListingEntry, type ParsedListing } from "./listing-parser";
import { arxivIdOfUrl, bareArxivId, doiOfUrl, withPaperUrls } from "./paper-ids";
import { extractLinks } from "./links";
import { waitingReason } from "./corrections-check";
import { bootstrapLedger, reconcile } from "./identity";
import { inferTitle } from "./title-inference";
import { tidyTitle } from "./title-tidy";
import { listingKind } from "./listing-kind";
import type { Corrections, LedgerEntry, Listing, PaperRecord, SourceRef, TopicRecord } from "./schema";
import { assignTopics } from "./topics";

/** Abstracts whose word sets overlap at least this much (Jaccard) are copies of one abstract. */
export const SAME_ABSTRACT_JACCARD = 0.85;

type Sourced = ListingEntry & { file: string; listingYear: number | null };

export type PreviousRecord = Pick<PaperRecord, "id" | "title" | "abstract" | "sources">;

export type CatalogInput = {
  listings: ParsedListing[];
  /** Records already in content/papers: where a removed paper was last listed; without a ledger, the ids to adopt. */
  previous?: PreviousRecord[];
  /** Every id issued so far (content/ledger.jsonl); absent for a catalog that has none yet. */
  ledger?: LedgerEntry[];
  /** The day of this ingest (YYYY-MM-DD), written as the removal date of papers that left. */
  today?: string;
  corrections?: Corrections;
  /** The taxonomy (content/topics/); without it papers get no topics. */
  topics?: TopicRecord[];
  /** Former topic ids to the topics they name now (formerIds); by default the topics' `formerly`. */
  topicRenames?: ReadonlyMap<string, string>;
};

export type Catalog = {
  papers: PaperRecord[];
  /** Every id issued, this ingest's included, sorted by id. */
  ledger: LedgerEntry[];
  listings: Listing[];
  warnings: string[];
  stats: { files: number; entries: number; papers: number; merged: number; inferredTitles: number };
  /** Papers per topic id. */
  topicCounts: Record<string, number>;
};

export function normalizeTitle(title: string): string {
  return title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function words(text: string): Set<string> {
  return new Set(text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Is b a copy of a? Identical up to punctuation and spacing, or nearly the same words. */
export function sameAbstract(a: string, b: string): boolean {
  if (a === b) return true;
  if (normalizeTitle(a) === normalizeTitle(b)) return true;
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  return union > 0 && shared / union >= SAME_ABSTRACT_JACCARD;
}

/**
 * Whether two abstracts that open alike (one abstractKey) are copies of one paper's listed under
 * different titles: abstracts of a real length, as alike as sameAbstract asks, or one holding nearly
 * every word of the other, as a copy with a sentence added does.
 */
function sameAbstractRetitled(a: string, b: string): boolean {
  const [wa, wb] = [words(a), words(b)];
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  // (Short made-up abstracts that differ by a number are not evidence enough.)
  if (small.size < RETITLED_MIN_WORDS) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  // Nearly all of the shorter one, or as alike as sameAbstract asks of the two (its word Jaccard).
  return shared / small.size >= RETITLED_CONTAINMENT || shared / (wa.size + wb.size - shared) >= SAME_ABSTRACT_JACCARD;
}
const RETITLED_MIN_WORDS = 40;
const RETITLED_CONTAINMENT = 0.95;

/** A key that copies of one abstract share: its first 12 words, letters and digits only. */
function abstractKey(abstract: string): string {
  // Stop at the 12th word instead of matching every word of the abstract and slicing: the
  // same key, and this ran once per entry and once per paper, the hottest function of the merge.
  const key: string[] = [];
  for (const m of abstract.normalize("NFKC").toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    key.push(m[0]);
    if (key.length === 12) break;
  }
  return key.join(" ");
}

/** abstractKey, computed once per distinct abstract: entries, papers and previous records share them. */
function abstractKeys(): (abstract: string) => string {
  const keys = new Map<string, string>();
  return (abstract) => {
    let key = keys.get(abstract);
    if (key === undefined) keys.set(abstract, (key = abstractKey(abstract)));
    return key;
  };
}

type Group = { entries: Sourced[]; titleKey: string | null; abstract: string };

/** Group entries into papers, in listing order. */
function groupEntries(entries: Sourced[], keyOf: (abstract: string) => string): Group[] {
  const groups: Group[] = [];
  const byTitle = new Map<string, Group[]>();
  const byAbstract = new Map<string, Group[]>();
  const index = (map: Map<string, Group[]>, key: string, g: Group) => {
    const list = map.get(key);
    if (list) list.push(g);
    else map.set(key, [g]);
  };
  for (const e of entries) {
    const titleKey = e.title === null ? null : normalizeTitle(e.title);
    const aKey = keyOf(e.abstract);
    let group: Group | undefined;
    if (titleKey !== null) {
      group = byTitle.get(titleKey)?.find((g) => sameAbstract(g.abstract, e.abstract));
      // An untitled copy listed earlier gains this title; a copy titled otherwise ("…Evaluating
      // LLMs" and "…Evaluating Large Language Models") is the same paper when its abstract is.
      group ??= byAbstract.get(aKey)?.find((g) => (g.titleKey === null ? sameAbstract(g.abstract, e.abstract) : sameAbstractRetitled(g.abstract, e.abstract)));
    } else {
      group = byAbstract.get(aKey)?.find((g) => sameAbstract(g.abstract, e.abstract));
    }
    if (!group) {
      group = { entries: [], titleKey, abstract: e.abstract };
      groups.push(group);
      index(byAbstract, aKey, group);
      if (titleKey !== null) index(byTitle, titleKey, group);
    } else if (group.titleKey === null && titleKey !== null) {
      group.titleKey = titleKey;
      index(byTitle, titleKey, group);
    }
    group.entries.push(e);
  }
  return groups;
}

const where = (e: Sourced) => `content/sources/${e.file}:${e.line}`;

/** The most complete text among differing copies: the longest, then the first in code order. */
function pickText(texts: string[]): string {
  return [...texts].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

function mostCommon(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function isoDate(e: Sourced): { date: string; inferred: boolean } | null {
  if (!e.date) return null;
  const year = e.date.year ?? e.listingYear;
  // (A yearless Feb 29 in a listing whose year is not a leap year is no day of it.)
  if (year === null || (e.date.month === 2 && e.date.day === 29 && !isLeap(year))) return null;
  const mm = String(e.date.month).padStart(2, "0");
  const dd = String(e.date.day).padStart(2, "0");
  return { date: `${year}-${mm}-${dd}`, inferred: e.date.year === null };
}

type Merged = Omit<PaperRecord, "id">;

function mergeGroup(g: Group, warnings: string[]): Merged {
  const entries = g.entries;
  const first = entries[0]!;
  const titles = entries.flatMap((e) => (e.title === null ? [] : [tidyTitle(e.title)]));
  const abstracts = [...new Set(entries.map((e) => e.abstract))];
  const abstract = pickText(abstracts);
  if (abstracts.length > 1) {
    warnings.push(`${where(first)}: copies of "${titles[0] ?? abstract.slice(0, 50)}" differ (${entries.map(where).join(", ")}); kept the longest abstract`);
  }
  let title: string;
  if (titles.length > 0) {
    title = mostCommon(titles);
    if (new Set(titles).size > 1) warnings.push(`${where(first)}: copies list the title differently; kept "${title}"`);
  } else {
    title = inferTitle(abstract);
  }

  const authorCounts = [...new Set(entries.flatMap((e) => (e.authorCount === null ? [] : [e.authorCount])))];
  if (authorCounts.length > 1) warnings.push(`${where(first)}: copies give ${authorCounts.join(" and ")} authors; kept the largest`);
  const dates = entries.flatMap((e) => {
    const d = isoDate(e);
    if (e.date && !d) {
      warnings.push(
        e.listingYear === null
          ? `${where(e)}: date has no year and the listing prints none to infer it from; left empty`
          : `${where(e)}: date Feb 29 has no year, and ${e.listingYear}, the year inferred for this listing, has no Feb 29; left empty`,
      );
    }
    return d ? [d] : [];
  });
  // A printed year beats an inferred one; among equals the earliest date is the first listing.
  const best = [...dates].sort((a, b) => Number(a.inferred) - Number(b.inferred) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  if (new Set(dates.map((d) => d.date)).size > 1) warnings.push(`${where(first)}: copies give different dates; kept ${best!.date}`);
  // Copies that name different papers by id (arXiv, DOI) may not be one paper: both links are kept.
  const arxivOf = (url: string) => {
    const id = arxivIdOfUrl(url);
    return id === null ? null : bareArxivId(id);
  };
  for (const [kind, idOf] of [["arXiv ids", arxivOf], ["DOIs", (url: string) => doiOfUrl(url)?.toLowerCase() ?? null]] as const) {
    const named = [...new Set(entries.flatMap((e) => e.paperUrls.flatMap((u) => idOf(u) ?? [])))];
    if (named.length > 1) warnings.push(`${where(first)}: copies name different ${kind} (${named.join(", ")}); kept both links: check that they are one paper`);
  }
  const upvotes = entries.flatMap((e) => (e.upvotes === null ? [] : [e.upvotes]));
  const sources: SourceRef[] = entries
    .map((e) => ({ file: e.file, line: e.line }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));

  return {
    title,
    titleInferred: titles.length === 0,
    authorCount: authorCounts.length > 0 ? Math.max(...authorCounts) : null,
    date: best?.date ?? null,
    dateInferred: best?.inferred ?? false,
    upvotes: upvotes.length > 0 ? Math.max(...upvotes) : null,
    links: withPaperUrls(extractLinks(abstract), entries.flatMap((e) => e.paperUrls)),
    sources,
    topics: [],
    corrected: [],
    abstract,
  };
}

function applyCorrections(papers: PaperRecord[], corrections: Corrections | undefined, ledger: LedgerEntry[], warnings: string[]) {
  if (!corrections) return;
  const byId = new Map(papers.map((p) => [p.id, p]));
  const retired = new Map(ledger.flatMap((e) => (e.status === "live" ? [] : [[e.id, e] as const])));
  for (const [id, c] of Object.entries(corrections.papers)) {
    const paper = byId.get(id);
    if (!paper) {
      const gone = retired.get(id);
      warnings.push(`content/corrections.json: papers.${id}: ${gone ? waitingReason(gone) : "no paper has this id; correction not applied"}`);
      continue;
    }
    const corrected = new Set(paper.corrected);
    if (c.title !== undefined) {
      paper.title = c.title;
      paper.titleInferred = false;
      corrected.add("title");
    }
    if (c.date !== undefined) {
      paper.date = c.date;
      paper.dateInferred = false;
      corrected.add("date");
    }
    if (c.authorCount !== undefined) {
      paper.authorCount = c.authorCount;
      corrected.add("authorCount");
    }
    if (c.upvotes !== undefined) {
      paper.upvotes = c.upvotes;
      corrected.add("upvotes");
    }
    paper.corrected = [...corrected].sort();
  }
}

export function buildCatalog({ listings, previous = [], ledger, today = new Date().toISOString().slice(0, 10), corrections, topics, topicRenames }: CatalogInput): Catalog {
  const warnings: string[] = [];
  const sorted = [...listings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const entries: Sourced[] = [];
  for (const listing of sorted) {
    const listingYear = inferListingYear(listing);
    for (const e of listing.entries) entries.push({ ...e, file: listing.file, listingYear });
  }
  const keyOf = abstractKeys();
  const groups = groupEntries(entries, keyOf);
  const merged = groups.map((g) => mergeGroup(g, warnings));
  const sourcesOf = new Map(previous.map((p) => [p.id, [...new Set(p.sources.map((s) => s.file))]]));
  const identity = reconcile(
    merged.map((m) => ({ title: m.title, abstract: m.abstract })),
    ledger ?? bootstrapLedger(previous),
    { today, lastListed: (id) => sourcesOf.get(id) ?? [] },
  );
  const ids = identity.ids;
  const papers: PaperRecord[] = merged.map((m, i) => ({ id: ids[i]!, ...m }));
  applyCorrections(papers, corrections, identity.ledger, warnings);
  papers.sort((a, b) => (a.id < b.id ? -1 : 1));
  const topicReport = topics ? assignTopics(papers, topics, corrections, topicRenames) : { counts: {}, warnings: [] };
  warnings.push(...topicReport.warnings);

  const idOf = new Map<Sourced, string>();
  groups.forEach((g, i) => g.entries.forEach((e) => idOf.set(e, ids[i]!)));
  let cursor = 0;
  const out: Listing[] = sorted.map((listing) => ({
    file: listing.file,
    kind: listingKind(listing),
    heading: listing.heading,
    pageDate: listing.pageDate?.text ?? null,
    year: inferListingYear(listing),
    entries: listing.entries.map((e) => {
      const sourced = entries[cursor++]!;
      return { line: e.line, paper: idOf.get(sourced)!, title: e.title };
    }),
  }));

  return {
    papers,
    ledger: identity.ledger,
    listings: out,
    warnings,
    stats: {
      files: sorted.length,
      entries: entries.length,
      papers: papers.length,
      merged: entries.length - papers.length,
      inferredTitles: papers.filter((p) => p.titleInferred).length,
    },
    topicCounts: topicReport.counts,
  };
}
