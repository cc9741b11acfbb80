// What the pages show, derived once from the records lib/content.ts reads: topics with their
// counts and papers in every sort order, pages of at most PAGE_SIZE, related papers, the most
// upvoted and most recent papers, and each listing split into pages. Pages only look things up.
import { contentRoot, readCorrections, readLedger, readListings, readPapers, readPublished, readTopics } from "./content";
import { normalizeTitle } from "./catalog";
import { cachedRelatedPapers } from "./related-cache";
import type { Related } from "./related";
import { excerpt } from "./abstract-excerpt";
import { listingName } from "./listing-kind";
import { renderAbstract, type AbstractNode } from "./render-abstract";
import { fingerprint } from "./slug";
import { entryAnchor, sourcePath, SORTS, type SortKey } from "./routes";
import type { Corrections, LedgerEntry, Listing, PaperRecord, PublishedEntry, SourceRef, TopicAssignment, TopicRecord } from "./schema";
import { formerIds, formerlyClashes, UNSORTED } from "./topics";

/** No page lists more papers than this. */
export const PAGE_SIZE = 50;
export const HIGHLIGHT_COUNT = 6;
/**
 * "Most upvoted" on the home page needs upvotes that tell papers apart: at least MIN_RANKED papers
 * with MIN_UPVOTES or more. A catalog whose best paper has 3 upvotes and most have 0 shows none.
 */
export const MIN_UPVOTES = 5;
export const MIN_RANKED = 3;
/** About this many characters of an abstract are shown in paper lists. */
export const EXCERPT_LENGTH = 220;

/**
 * `defaultSort`: the order the topic's bare URL shows; `sortsOff`: the orders that cannot change the
 * list (no dates, no upvotes), with the reason a reader is told. Pages for those are not built.
 */
export type TopicSummary = Pick<TopicRecord, "id" | "title" | "description" | "intro"> & {
  count: number;
  defaultSort: SortKey;
  sortsOff: Partial<Record<SortKey, string>>;
};
export type SourceSummary = Pick<Listing, "file" | "kind" | "heading" | "pageDate" | "year"> & { name: string; slug: string; count: number; pages: number };
/** `number`: the entry's place in the listing (1, 2, ...); `line`: where it starts in the file. */
/** An entry of a listing; `retitled`: the title as listed is not the paper's (a correction, a merge). */
export type SourceEntry = { number: number; line: number; title: string | null; retitled: boolean; paper: PaperRecord };
/** A related paper, with the distinctive terms the two share and the titles of the topics they share. */
export type RelatedPaper = { paper: PaperRecord; terms: string[]; topics: string[] };
export type PaperTopic = TopicAssignment & { topic: TopicSummary };
export type SourceLocation = SourceRef & { source: SourceSummary; entry: number; href: string };
export type RenderedAbstract = { paragraphs: AbstractNode[][]; excerpt: AbstractNode[] };
export type Page<T> = { items: T[]; page: number; pages: number; total: number; first: number };

export type CatalogView = {
  papers: PaperRecord[];
  topics: TopicSummary[];
  sources: SourceSummary[];
  paper(id: string): PaperRecord | undefined;
  /** Ids that no longer have a paper of their own (merged or removed): their pages say where it went. */
  retired: LedgerEntry[];
  retiredEntry(id: string): LedgerEntry | undefined;
  /** The live paper with this title (case and punctuation aside), if any. */
  paperTitled(title: string): PaperRecord | undefined;
  /** Each live paper's ledger sequence number: the order papers entered the catalog (feeds use it). */
  entryOrder: ReadonlyMap<string, number>;
  topic(id: string): TopicSummary | undefined;
  /** The topic that was once called `id`: its topic file lists the id under `formerly`, or the ingest recorded the renames. */
  formerTopic(id: string): TopicSummary | undefined;
  /** Every topic and listing page address ever published (content/published.jsonl). */
  published: PublishedEntry[];
  topicPapers(id: string, sort: SortKey): PaperRecord[];
  paperTopics(paper: PaperRecord): PaperTopic[];
  /** The abstract rendered (KaTeX at build time) and its first lines, computed once per paper. */
  abstract(paper: PaperRecord): RenderedAbstract;
  related(id: string): RelatedPaper[];
  locations(paper: PaperRecord): SourceLocation[];
  source(slug: string): SourceSummary | undefined;
  sourceEntries(slug: string): SourceEntry[];
  mostUpvoted: PaperRecord[];
  mostRecent: PaperRecord[];
};

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const byTitle = (a: PaperRecord, b: PaperRecord) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Descending, with nulls (unknown) last. */
function desc<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

export const COMPARATORS: Record<SortKey, (a: PaperRecord, b: PaperRecord) => number> = {
  date: (a, b) => desc(a.date, b.date) || byTitle(a, b),
  upvotes: (a, b) => desc(a.upvotes, b.upvotes) || desc(a.date, b.date) || byTitle(a, b),
  title: byTitle,
};

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * A topic's own order lists every paper; another order (most upvoted, A-Z) lists its first
 * OTHER_ORDER_PAGES pages. Past the 200 most upvoted of a topic of thousands, "most upvoted" is
 * papers with one upvote or none, and each full order would cost as many pages again as the topic.
 */
export const OTHER_ORDER_PAGES = 4;

/** The pages of a topic in one order. */
export function orderPages(topic: Pick<TopicSummary, "count" | "defaultSort">, sort: SortKey): number {
  const pages = pageCount(topic.count);
  return sort === topic.defaultSort ? pages : Math.min(pages, OTHER_ORDER_PAGES);
}

/** Page `page` (1-based) of the items; throws for a page that does not exist. */
export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} of ${pages} does not exist`);
  const first = (page - 1) * size;
  return { items: items.slice(first, first + size), page, pages, total: items.length, first: first + 1 };
}

/** "000_8860a7b2b3e5cba4.txt" -> "000_8860a7b2b3e5cba4": the listing's URL segment. */
export function sourceSlug(file: string): string {
  const name = file.replace(/\.[a-z0-9]+$/i, "");
  // Accents dropped however they are encoded: "café" typed (NFC) and "café" from macOS (NFD) are one
  // name, and one address. A name of no Latin letters or digits ("论文") gets one of its own.
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? `listing-${fingerprint(name.normalize("NFC"))}` : slug;
}

const sameOrder = (a: PaperRecord[], b: PaperRecord[]) => a.every((p, i) => p === b[i]);

/**
 * Which orders mean something for a list: newest first only where the dates change the A-Z order,
 * most upvoted only where the upvotes change both. The default is the first that means something
 * of newest, most upvoted and A-Z.
 */
export function sortChoices(order: Record<SortKey, PaperRecord[]>): Pick<TopicSummary, "defaultSort" | "sortsOff"> {
  const sortsOff: Partial<Record<SortKey, string>> = {};
  if (sameOrder(order.date, order.title)) {
    sortsOff.date = order.date.some((p) => p.date !== null) ? "the dates leave the order A\u2013Z" : "no paper here has a date";
  }
  if (sameOrder(order.upvotes, order.title) || sameOrder(order.upvotes, order.date)) {
    sortsOff.upvotes = order.upvotes.some((p) => (p.upvotes ?? 0) > 0) ? "the upvotes leave the order as it is" : "no paper here has upvotes";
  }
  const defaultSort = SORTS.find((s) => sortsOff[s] === undefined) ?? "title";
  return { defaultSort, sortsOff };
}

/** Where a sorted list splits: the first paper with no date (newest first) or no upvotes (most upvoted). */
export function unknownFrom(papers: PaperRecord[], sort: SortKey): number {
  if (sort === "title") return papers.length;
  const i = papers.findIndex((p) => (sort === "date" ? p.date === null : (p.upvotes ?? 0) === 0));
  return i < 0 ? papers.length : i;
}

const UNSORTED_TOPIC: Omit<TopicSummary, "defaultSort" | "sortsOff"> = {
  id: UNSORTED,
  title: "Unsorted",
  description: "Papers that match no topic of the taxonomy yet.",
  intro: "These papers match none of the topic definitions. A curator can place them by hand.",
  count: 0,
};

/** `corrections`: a removed paper's tombstone shows the title a curator corrected, as its page did. */
export type CatalogData = { papers: PaperRecord[]; topics: TopicRecord[]; listings: Listing[]; ledger?: LedgerEntry[]; published?: PublishedEntry[]; corrections?: Corrections };

/** Papers and ledger agree: every paper is a live id, every live id has its paper. */
function ledgerProblems(papers: Map<string, PaperRecord>, ledger: LedgerEntry[]): string[] {
  if (ledger.length === 0) return [];
  const live = new Set(ledger.flatMap((e) => (e.status === "live" ? [e.id] : [])));
  return [
    ...[...papers.keys()].filter((id) => !live.has(id)).map((id) => `paper ${id} is not a live id of the ledger`),
    ...[...live].filter((id) => !papers.has(id)).map((id) => `the ledger lists ${id} as live, but it has no record`),
  ];
}

export function buildCatalogView({ papers, topics, listings, ledger = [], published = [], corrections }: CatalogData): CatalogView {
  const paperById = new Map(papers.map((p) => [p.id, p]));
  const retired = ledger.filter((e) => e.status !== "live").map((e) => {
    const title = corrections?.papers[e.id]?.title;
    return title === undefined ? e : { ...e, title };
  });
  const retiredById = new Map(retired.map((e) => [e.id, e]));
  let byTitle: Map<string, PaperRecord> | undefined;
  const members = new Map<string, PaperRecord[]>(topics.map((t) => [t.id, []]));
  const problems: string[] = ledgerProblems(paperById, ledger);
  for (const p of papers) {
    for (const a of p.topics) {
      if (!members.has(a.id) && a.id === UNSORTED) members.set(UNSORTED, []);
      const list = members.get(a.id);
      if (list) list.push(p);
      else problems.push(`paper ${p.id} is in topic "${a.id}", which content/topics/ does not define`);
    }
  }

  const sorted = new Map<string, PaperRecord[]>();
  for (const [id, list] of members) for (const s of SORTS) sorted.set(`${id}\u0000${s}`, [...list].sort(COMPARATORS[s]));
  const orders = (id: string) => Object.fromEntries(SORTS.map((s) => [s, sorted.get(`${id}\u0000${s}`)!])) as Record<SortKey, PaperRecord[]>;

  const summaries: TopicSummary[] = topics.map(({ id, title, description, intro }) => ({ id, title, description, intro, count: members.get(id)!.length, ...sortChoices(orders(id)) }));
  if (members.has(UNSORTED) && !topics.some((t) => t.id === UNSORTED)) summaries.push({ ...UNSORTED_TOPIC, count: members.get(UNSORTED)!.length, ...sortChoices(orders(UNSORTED)) });
  summaries.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  const topicById = new Map(summaries.map((t) => [t.id, t]));
  for (const { topic, old, claimedBy } of formerlyClashes(topics, new Set(topicById.keys()))) {
    problems.push(claimedBy === null ? `topic ${topic} lists "${old}" under formerly, but ${old} is a topic of its own` : `topics ${claimedBy} and ${topic} both list "${old}" under formerly`);
  }
  // Each former topic id, named under `formerly` or renamed more than once (as the ingest recorded).
  const former = formerIds(topics, published);

  const sourceBySlug = new Map<string, SourceSummary>();
  const entriesBySlug = new Map<string, SourceEntry[]>();
  const sourceByFile = new Map<string, SourceSummary>();
  const entryOfLine = new Map<string, number>();
  for (const l of listings) {
    const slug = sourceSlug(l.file);
    if (sourceBySlug.has(slug)) problems.push(`listings ${sourceBySlug.get(slug)!.file} and ${l.file} share the URL /sources/${slug}/`);
    const entries: SourceEntry[] = [];
    l.entries.forEach((e, i) => {
      const paper = paperById.get(e.paper);
      if (!paper) problems.push(`listing ${l.file}:${e.line} points at paper ${e.paper}, which does not exist`);
      else entries.push({ number: i + 1, line: e.line, title: e.title, retitled: e.title !== null && normalizeTitle(e.title) !== normalizeTitle(paper.title), paper });
      entryOfLine.set(`${l.file}:${e.line}`, i + 1);
    });
    const summary: SourceSummary = { file: l.file, kind: l.kind, name: listingName(l), heading: l.heading, pageDate: l.pageDate, year: l.year, slug, count: entries.length, pages: pageCount(entries.length) };
    sourceBySlug.set(slug, summary);
    sourceByFile.set(l.file, summary);
    entriesBySlug.set(slug, entries);
  }
  if (problems.length > 0) throw new Error(`the catalog is inconsistent:\n  ${problems.join("\n  ")}`);

  // Related papers are the costliest part, and only paper pages need them: derived (or read from
  // the build's cache, lib/related-cache.ts) on first use; the ingest's view (the pages it publishes) needs none.
  let related: Map<string, Related[]> | undefined;
  const rendered = new Map<string, RenderedAbstract>();

  return {
    papers,
    topics: summaries,
    sources: [...sourceBySlug.values()],
    paper: (id) => paperById.get(id),
    retired,
    retiredEntry: (id) => retiredById.get(id),
    paperTitled: (title) => {
      byTitle ??= new Map(papers.map((p) => [normalizeTitle(p.title), p]));
      return byTitle.get(normalizeTitle(title));
    },
    entryOrder: new Map(ledger.flatMap((e) => (e.status === "live" ? [[e.id, e.seq] as const] : []))),
    topic: (id) => topicById.get(id),
    formerTopic: (id) => {
      const to = former.get(id);
      return to === undefined ? undefined : topicById.get(to);
    },
    published,
    topicPapers: (id, sort) => sorted.get(`${id}\u0000${sort}`) ?? [],
    paperTopics: (paper) => paper.topics.map((a) => ({ ...a, topic: topicById.get(a.id)! })),
    abstract: (paper) => {
      let r = rendered.get(paper.id);
      if (!r) {
        const paragraphs = renderAbstract(paper.abstract);
        r = { paragraphs, excerpt: excerpt(paragraphs[0] ?? [], EXCERPT_LENGTH).nodes };
        rendered.set(paper.id, r);
      }
      return r;
    },
    related: (id) => {
      const own = new Set(paperById.get(id)?.topics.map((t) => t.id));
      return ((related ??= cachedRelatedPapers(papers)).get(id) ?? []).flatMap((r) => {
        const paper = paperById.get(r.id);
        if (!paper) return [];
        const topics = paper.topics.flatMap((t) => (own.has(t.id) && topicById.has(t.id) ? [topicById.get(t.id)!.title] : []));
        return [{ paper, terms: r.terms, topics }];
      });
    },
    locations: (paper) =>
      paper.sources.flatMap((ref) => {
        const source = sourceByFile.get(ref.file);
        if (!source) return [];
        const entry = entryOfLine.get(`${ref.file}:${ref.line}`) ?? 1;
        const page = Math.floor((entry - 1) / PAGE_SIZE) + 1;
        return [{ ...ref, source, entry, href: `${sourcePath(source.slug, page)}#${entryAnchor(ref.line)}` }];
      }),
    source: (slug) => sourceBySlug.get(slug),
    sourceEntries: (slug) => entriesBySlug.get(slug) ?? [],
    mostUpvoted: mostUpvoted(papers),
    mostRecent: papers.filter((p) => p.date !== null).sort(COMPARATORS.date).slice(0, HIGHLIGHT_COUNT),
  };
}

function mostUpvoted(papers: PaperRecord[]): PaperRecord[] {
  const ranked = papers.filter((p) => (p.upvotes ?? 0) >= MIN_UPVOTES).sort(COMPARATORS.upvotes);
  return ranked.length >= MIN_RANKED ? ranked.slice(0, HIGHLIGHT_COUNT) : [];
}

type Cached = { root: string; view: CatalogView };
let cached: Cached | undefined;
/**
 * A production build bundles this module twice (once with the pages, once with the route
 * handlers of feeds and exports), and a build worker loads both: the view is kept on globalThis
 * so the worker reads and derives the catalog once. `npm run dev` keeps it in the module, so an
 * edit to this file is not served a view derived by the old code.
 */
const SHARED = Symbol.for("paper-atlas.catalog-view");
const shared = globalThis as { [SHARED]?: Cached };

/** The catalog of contentRoot(), read and derived once per build process. */
export function catalogView(): CatalogView {
  const root = contentRoot();
  const production = process.env.NODE_ENV === "production";
  let c = production ? shared[SHARED] : cached;
  if (c?.root !== root) {
    c = {
      root,
      view: buildCatalogView({ papers: readPapers(root), topics: readTopics(root), listings: readListings(root), ledger: readLedger(root), published: readPublished(root), corrections: readCorrections(root) }),
    };
    if (production) shared[SHARED] = c;
    else cached = c;
  }
  return c.view;
}
