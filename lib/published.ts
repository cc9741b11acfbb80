// Addresses that keep answering. Every topic and listing page the site has published is recorded in
// content/published.jsonl by the ingest and never dropped. When the catalog changes under such a page
// (a topic renamed or removed, a list that got shorter, an order that no longer means anything for a
// topic, a listing removed), the address still answers: with the page it became, or with a page that
// says what happened to it. Paper permalinks have their own record, the ledger (lib/identity.ts).
import { createHash } from "node:crypto";
import { orderPages, pageCount, sourceSlug, type CatalogView, type TopicSummary } from "./catalog-view";
import { SORT_LABELS, SORTS, sourcePath, sourcesPath, topicPath, topicsPath, type SortKey } from "./routes";
import type { PublishedEntry } from "./schema";
import { renamedEnd } from "./renamed";
import { topicAndSourcePaths } from "./site-paths";
import { UNSORTED } from "./topics";

export type Section = "topics" | "sources";

/**
 * A published address the catalog no longer builds as it was. `to`: the page it leads to now, or
 * null where the topic or listing is gone; `title`: the topic's or listing's name when it was
 * published; `why`: one sentence for the reader.
 */
export type MovedPage = { path: string; section: Section; id: string; segments: string[]; to: string | null; title: string; why: string };

/** A listing by the papers it lists, in order: the same listing under another file name has the same key. */
function listingKey(catalog: CatalogView, slug: string): string {
  return createHash("sha256")
    .update(catalog.sourceEntries(slug).map((e) => e.paper.id).join("\n"))
    .digest("hex")
    .slice(0, 16);
}

/** The topic and listing pages the catalog builds now; each first page with its title, a listing's with its key. */
export function currentPages(catalog: CatalogView): PublishedEntry[] {
  const firstPages = new Map<string, Omit<PublishedEntry, "path">>([
    ...catalog.topics.map((t) => [topicPath(t.id), { title: t.title }] as const),
    ...catalog.sources.map((s) => [sourcePath(s.slug), { title: s.name, key: listingKey(catalog, s.slug) }] as const),
  ]);
  const { topics, sources } = topicAndSourcePaths(catalog);
  return [...topics, ...sources].map((path) => ({ path, ...firstPages.get(path) }));
}

/** The papers each listing lists, by the listing's URL segment, from paper records and the files they cite. */
export function listedPapers(papers: readonly { id: string; sources: readonly { file: string }[] }[]): Map<string, Set<string>> {
  const listed = new Map<string, Set<string>>();
  for (const p of papers) {
    for (const s of p.sources) {
      const slug = sourceSlug(s.file);
      const ids = listed.get(slug);
      if (ids) ids.add(p.id);
      else listed.set(slug, new Set([p.id]));
    }
  }
  return listed;
}

/** A listing moved to another file: that file gained at least this share of its papers in one ingest. */
export const RENAME_SHARE = 0.5;

type Listed = { before: Map<string, Set<string>>; now: Map<string, Set<string>> };

/** What each listing of today gained in an ingest, by slug: the papers it lists that it did not list before. */
function gainedPapers(current: PublishedEntry[], listed: Listed): Map<string, Set<string>> {
  const gained = new Map<string, Set<string>>();
  for (const e of current) {
    if (e.key === undefined) continue;
    const slug = splitPath(e.path).id;
    const had = listed.before.get(slug);
    gained.set(slug, new Set([...(listed.now.get(slug) ?? [])].filter((id) => !had?.has(id))));
  }
  return gained;
}

/** The listing (other than `except`) that gained the most of `papers`, when that is at least RENAME_SHARE of them. */
function whereMoved(papers: Set<string>, gained: Map<string, Set<string>>, except?: string): string | undefined {
  let best = 0;
  let to: string | undefined;
  for (const slug of [...gained.keys()].sort()) {
    if (slug === except) continue;
    const got = gained.get(slug)!;
    let shared = 0;
    for (const paper of papers) if (got.has(paper)) shared++;
    if (shared > best && shared >= RENAME_SHARE * papers.size) [best, to] = [shared, slug];
  }
  return to;
}

/**
 * What content/published.jsonl holds after an ingest: every earlier address, and today's `current`
 * (currentPages). A listing's first page that is no longer built records the listing it became
 * (renamedTo), once, when the ingest that moved it finds it: the listing of today with the same
 * papers in the same order (its key), or else the listing of today that gained the most of its
 * papers in this ingest (`listed.before`: by the records the ingest started from), when that is most
 * of them (renamed, with entries edited, added or dropped, or merged into another file, new or not).
 * Recorded, the old address keeps leading there however the listing is edited or renamed later. A
 * listing that already held those papers before does not count: a listing removed is not one moved
 * to another that lists its papers too. A topic's first page records the topic whose `formerly`
 * names it (`renamedTopics`), so a second rename that lists only the latest old id leads it on too.
 */
export function publish(previous: PublishedEntry[], current: PublishedEntry[], listed?: Listed, renamedTopics: ReadonlyMap<string, string> = new Map()): PublishedEntry[] {
  const all = new Map(previous.map((e) => [e.path, e]));
  for (const e of current) all.set(e.path, e);
  const built = new Set(current.map((e) => e.path));
  const byKey = new Map(current.flatMap((e) => (e.key === undefined ? [] : [[e.key, splitPath(e.path).id] as const])));
  const gained = listed ? gainedPapers(current, listed) : new Map<string, Set<string>>();
  for (const e of previous) {
    const { section, id, segments } = splitPath(e.path);
    if (segments.length > 0 || built.has(e.path) || e.renamedTo !== undefined) continue;
    const before = listed?.before.get(id);
    const to =
      section === "topics"
        ? renamedTopics.get(id)
        : ((e.key === undefined ? undefined : byKey.get(e.key)) ?? (before && before.size > 0 ? whereMoved(before, gained) : undefined));
    if (to !== undefined) all.set(e.path, { ...e, renamedTo: to });
  }
  return [...all.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Where the address `path` led before an ingest (`was`: content/published.jsonl then), as this ingest
 * leaves the renames (`after`): a listing or topic renamed in this very ingest is followed too.
 */
function ledTo(path: string, pathOf: (id: string) => string, was: ReadonlyMap<string, PublishedEntry>, after: ReadonlyMap<string, PublishedEntry>): string | undefined {
  const first = was.get(path)?.renamedTo;
  return first === undefined ? undefined : (renamedEnd(first, pathOf, after) ?? first);
}

/**
 * Listing addresses this ingest gives to another listing while the listing they showed lives on
 * elsewhere: a file under the name of one that was renamed or merged away in an earlier ingest (its
 * address leads on, `renamedTo`, to a listing still built), or a file whose papers mostly moved to
 * another file in this ingest while it kept few of them (two files swapped names). Links to such an
 * address would show the new listing: the ingest warns, and `npm run add` refuses such a name.
 * `previous`: content/published.jsonl before this ingest; `published`: after it (publish()).
 */
export function reusedAddresses(previous: PublishedEntry[], published: PublishedEntry[], current: PublishedEntry[], listed: Listed): { slug: string; to: string; title: string }[] {
  const built = new Set(current.map((e) => e.path));
  const was = new Map(previous.map((e) => [e.path, e]));
  const after = new Map(published.map((e) => [e.path, e]));
  const gained = gainedPapers(current, listed);
  return current.flatMap((e) => {
    if (e.key === undefined) return [];
    const slug = splitPath(e.path).id;
    const title = was.get(e.path)?.title ?? slug;
    // Renamed away before, to a listing built now.
    const end = ledTo(e.path, sourcePath, was, after);
    if (end !== undefined && end !== slug && built.has(sourcePath(end))) return [{ slug, to: end, title }];
    // Moved away in this ingest: another listing gained most of its papers, and it kept few.
    const before = listed.before.get(slug) ?? new Set<string>();
    const now = listed.now.get(slug) ?? new Set<string>();
    if ([...before].filter((id) => now.has(id)).length >= RENAME_SHARE * before.size) return [];
    const to = whereMoved(before, gained, slug);
    return to === undefined ? [] : [{ slug, to, title }];
  });
}

/**
 * Topics given an id that was renamed away to a topic still there: links to the old id mean that
 * topic, and would show this one instead (the ingest warns). `published`: publish()'s result.
 */
export function reusedTopicIds(previous: PublishedEntry[], published: PublishedEntry[], topicIds: string[]): { id: string; to: string }[] {
  const was = new Map(previous.map((e) => [e.path, e]));
  const after = new Map(published.map((e) => [e.path, e]));
  const live = new Set(topicIds);
  return topicIds.flatMap((id) => {
    const end = ledTo(topicPath(id), topicPath, was, after);
    return end !== undefined && end !== id && live.has(end) ? [{ id, to: end }] : [];
  });
}

/** "/topics/x/by/title/page/2/" -> { section: "topics", id: "x", segments: ["by", "title", "page", "2"] }. */
export function splitPath(path: string): { section: Section; id: string; segments: string[] } {
  const [section, id, ...segments] = path.split("/").filter(Boolean);
  return { section: section as Section, id: id!, segments };
}

export const pagePath = (section: Section, id: string, segments: string[]) => `/${[section, id, ...segments].join("/")}/`;

/** The order and page an address asked for, read leniently: it was built by an earlier catalog. */
function viewOf(segments: string[]): { sort: SortKey | null; page: number } {
  const by = segments.indexOf("by");
  const sort = by >= 0 ? (SORTS.find((s) => s === segments[by + 1]) ?? null) : null;
  const at = segments.indexOf("page");
  const page = at >= 0 ? Number(segments[at + 1]) : 1;
  return { sort, page: Number.isInteger(page) && page > 0 ? page : 1 };
}

function topicMove(catalog: CatalogView, id: string, segments: string[], titleOf: (p: string) => string): Omit<MovedPage, "path" | "section" | "id" | "segments"> {
  const current = catalog.topic(id);
  const topic: TopicSummary | undefined = current ?? catalog.formerTopic(id);
  const title = titleOf(topicPath(id));
  // The catalog's own Unsorted topic is built while some paper is in no topic; emptied, it was not removed.
  if (!topic && id === UNSORTED) return { to: topicsPath(), title, why: "Every paper of the catalog is in a topic now." };
  if (!topic) return { to: null, title, why: `\u201c${title}\u201d is no longer a topic of the catalog.` };
  const { sort, page } = viewOf(segments);
  const order = sort !== null && topic.sortsOff[sort] === undefined ? sort : topic.defaultSort;
  const pages = orderPages(topic, order);
  const to = topicPath(topic.id, order, Math.min(page, pages), topic.defaultSort);
  const pagesText = pages === 1 ? "one page" : `${pages} pages`;
  let why: string;
  if (!current) why = `The topic \u201c${title}\u201d is now \u201c${topic.title}\u201d.`;
  else if (sort !== null && topic.sortsOff[sort] !== undefined) why = `\u201c${SORT_LABELS[sort]}\u201d no longer changes the order of this topic: ${topic.sortsOff[sort]}.`;
  else if (page <= pages) why = `\u201c${SORT_LABELS[order]}\u201d is now this topic's own order, at its main address.`;
  else if (pages === pageCount(topic.count)) why = `This topic's list has ${pagesText} now.`;
  else why = `\u201c${SORT_LABELS[order]}\u201d lists the first ${pages === 1 ? "page" : pagesText} of this topic; its own order, \u201c${SORT_LABELS[topic.defaultSort]}\u201d, lists every paper.`;
  return { to, title, why };
}

function sourceMove(catalog: CatalogView, id: string, segments: string[], titleOf: (p: string) => string, renamedTo: (p: string) => string | undefined): Omit<MovedPage, "path" | "section" | "id" | "segments"> {
  const title = titleOf(sourcePath(id));
  const renamed = catalog.source(id) ? undefined : renamedTo(sourcePath(id));
  const source = catalog.source(renamed ?? id);
  if (!source) return { to: null, title, why: `The listing \u201c${title}\u201d is no longer in the catalog.` };
  const { page } = viewOf(segments);
  const why = renamed ? `The listing \u201c${title}\u201d is now in the file ${source.file}.` : `This listing has ${source.pages === 1 ? "one page" : `${source.pages} pages`} now.`;
  return { to: sourcePath(source.slug, Math.min(page, source.pages)), title, why };
}

const memo = new WeakMap<CatalogView, Map<string, MovedPage>>();

/** Every published address the catalog does not build as it was, by path. */
export function movedPages(catalog: CatalogView): Map<string, MovedPage> {
  let moved = memo.get(catalog);
  if (moved) return moved;
  const current = currentPages(catalog);
  const built = new Set(current.map((e) => e.path));
  const published = new Map(catalog.published.map((e) => [e.path, e]));
  // A listing gone from its address was renamed to the listing the ingest recorded (and on, where
  // that one was renamed too; publish() records a rename found by the papers' order, its key, too).
  const renamedTo = (first: string): string | undefined => {
    const end = renamedEnd(splitPath(first).id, sourcePath, published);
    return end !== undefined && built.has(sourcePath(end)) ? end : undefined;
  };
  moved = new Map();
  for (const e of catalog.published) {
    if (built.has(e.path)) continue;
    const { section, id, segments } = splitPath(e.path);
    const titleOf = (first: string) => published.get(first)?.title ?? id;
    const move = section === "topics" ? topicMove(catalog, id, segments, titleOf) : sourceMove(catalog, id, segments, titleOf, renamedTo);
    // Never a page that leads to itself: a path the catalog does not build and cannot place is gone.
    moved.set(e.path, { path: e.path, section, id, segments, ...(move.to === e.path ? { ...move, to: null } : move) });
  }
  memo.set(catalog, moved);
  return moved;
}

/** Topic ids that were published but are not topics now (renamed or removed): their feeds keep answering. */
export function formerTopicIds(catalog: CatalogView): string[] {
  return [...movedPages(catalog).values()].filter((m) => m.section === "topics" && m.segments.length === 0 && !catalog.topic(m.id)).map((m) => m.id);
}

/** Where a reader of a page that is gone goes on from. */
export const sectionHome = (section: Section) => (section === "topics" ? { href: topicsPath(), label: "All topics" } : { href: sourcesPath(), label: "All listings" });
