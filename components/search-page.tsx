"use client";
// The /search/ page: the query lives in the URL (?q=...&topic=...&year=...&sort=...), so a search
// can be shared and bookmarked and Back/Forward step through searches.
import { SiteLink as Link } from "@/components/site-link";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Highlighted } from "@/components/highlighted";
import { partialPapers, SearchedFor, statusText, type Searched } from "@/components/search-status";
import { SearchFilters, type FilterValues } from "@/components/search-filters";
import { paperPath, searchPath, topicPath } from "@/lib/routes";
import type { SearchEngine } from "@/lib/search/engine";
import { openSearch } from "@/lib/search/lazy";
import { highlight, makeSnippet } from "@/lib/search/snippet";
import type { MetaData, ResultCard } from "@/lib/search/types";
import { withBase } from "@/lib/site";

// This page searches as soon as it starts: the engine loads while React hydrates, not after.
if (typeof window !== "undefined") openSearch().catch(() => undefined);

const PAGE = 20;
/** Results that fill a first screen, even a tall one. */
const FIRST_SCREEN = 6;
/**
 * Abstracts not loaded yet are fetched once typing pauses this long: fetching them on every
 * keystroke would fill the connections the next keystroke's index files need.
 */
const SNIPPET_DELAY_MS = 250;
/**
 * The URL follows the query once typing pauses this long: writing history costs about 2 ms a call
 * (Next.js mirrors it into its router), which every keystroke would otherwise pay before its results
 * paint. Following a link, and changing a filter, write it at once.
 */
const URL_DELAY_MS = 300;
/** A pause in typing this long ends a search: the next change opens a new history entry. */
const SETTLE_MS = 600;
const SORTS = { relevance: "Relevance", date: "Newest first", upvotes: "Most upvoted" } as const;
const SORT_OPTIONS = Object.entries(SORTS);
const FILTERS_OFF: FilterValues = { topic: "", year: "", sort: "relevance" };
/**
 * Typing re-renders the page twice a keystroke: once for the text in the box, once for its results.
 * The parts that change only with the results (or a filter) are memoised, so the first of those
 * renders is the box and the status line alone.
 */
const Filters = memo(SearchFilters);
type Sort = keyof typeof SORTS;
type Params = { q: string; topic: string; year: string; sort: Sort };
type TopicLink = { id: string; title: string; count: number };

const YEAR = /^\d{4}$/;

/** The search in the URL; a year that is not a year is left out (ignoredParams says so). */
function readParams(): Params {
  const p = new URLSearchParams(window.location.search);
  const sort = p.get("sort");
  const year = p.get("year") ?? "";
  return { q: p.get("q") ?? "", topic: p.get("topic") ?? "", year: YEAR.test(year) ? year : "", sort: sort === "date" || sort === "upvotes" ? sort : "relevance" };
}

/** What the URL asks for that the page ignores, said to the reader: "year “abc” is not a year". */
function ignoredParams(topics: TopicLink[]): string[] {
  const p = new URLSearchParams(window.location.search);
  const notes: string[] = [];
  const year = p.get("year");
  if (year && !YEAR.test(year)) notes.push(`year \u201c${year}\u201d is not a year`);
  const topic = p.get("topic");
  if (topic && !topics.some((t) => t.id === topic)) notes.push(`there is no topic \u201c${topic}\u201d`);
  const sort = p.get("sort");
  if (sort && sort !== "date" && sort !== "upvotes" && sort !== "relevance") notes.push(`\u201c${sort}\u201d is not a sort order`);
  return notes;
}

function urlOf(p: Params): string {
  const s = new URLSearchParams();
  if (p.q) s.set("q", p.q);
  if (p.topic) s.set("topic", p.topic);
  if (p.year) s.set("year", p.year);
  if (p.sort !== "relevance") s.set("sort", p.sort);
  const qs = s.toString().replace(/%20/g, "+");
  return `${withBase(searchPath())}${qs ? `?${qs}` : ""}`;
}

/**
 * `docs`: the documents shown, filtered and in order: those matching every word of the query first
 * (`searched.complete` of them), then those matching some.
 */
type Outcome = { params: Params; docs: Int32Array; cards: ResultCard[]; words: Set<string>; namedTopics: Set<string>; years: [string, number][]; topics: [string, number][]; searched: Searched };

const filtering = (p: Params) => p.topic !== "" || p.year !== "" || p.sort !== "relevance";

/** Each paper's year (0 when unknown), worked out once for a set of filter columns. */
const yearColumns = new WeakMap<MetaData, Uint16Array>();
function yearsOf(meta: MetaData): Uint16Array {
  let years = yearColumns.get(meta);
  if (!years) yearColumns.set(meta, (years = Uint16Array.from(meta.date, (d) => Math.floor(d / 10000))));
  return years;
}

/**
 * The ranking with the topic and year filters applied, in the order asked for (ties stay in
 * relevance order): papers matching every word (the first `complete`) and papers matching some,
 * each filtered and sorted on its own. The filter columns are needed only when a filter or sort is
 * set. Without filters, the ranking itself: a common word matches tens of thousands of papers at
 * 50k, and a copy on every keystroke is garbage to collect while a person types.
 */
function applyFilters(ranked: Int32Array, complete: number, meta: MetaData | undefined, topicIds: string[], p: Params): { docs: Int32Array; complete: number } {
  if (!meta || !filtering(p)) return { docs: ranked, complete };
  const topic = topicIds.indexOf(p.topic);
  const year = Number(p.year);
  const yearOf = yearsOf(meta);
  const kept = (part: Int32Array) => {
    const out = [...part].filter((doc) => (topic < 0 || meta.topics[doc]!.includes(topic)) && (!p.year || yearOf[doc] === year));
    if (p.sort === "date") out.sort((a, b) => meta.date[b]! - meta.date[a]!);
    if (p.sort === "upvotes") out.sort((a, b) => meta.upvotes[b]! - meta.upvotes[a]!);
    return out;
  };
  const all = kept(ranked.subarray(0, complete));
  return { docs: Int32Array.from([...all, ...kept(ranked.subarray(complete))]), complete: all.length };
}

/** Papers per year while facets counts (dates are YYYYMMDD, so years stay below 10000), zero between calls. */
const yearCounts = new Int32Array(10000);

/**
 * How many of the ranked documents are in each year and each topic (topics in order of count, then
 * of first result). Counted in typed arrays: at 50k a common word's results are tens of thousands
 * of papers on every keystroke.
 */
function facets(ranked: Int32Array, meta: MetaData | undefined, topicIds: string[]) {
  if (!meta) return { years: [], topics: [] };
  const yearOf = yearsOf(meta);
  const years: number[] = [];
  const counts = new Int32Array(topicIds.length);
  const seen: number[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const doc = ranked[i]!;
    const y = yearOf[doc]!;
    if (y > 0 && yearCounts[y]!++ === 0) years.push(y);
    for (const t of meta.topics[doc]!) if (counts[t]!++ === 0) seen.push(t);
  }
  const byYear = years.sort((a, b) => b - a).map((y): [string, number] => [String(y), yearCounts[y]!]);
  for (const y of years) yearCounts[y] = 0;
  return { years: byYear, topics: seen.map((t): [string, number] => [topicIds[t]!, counts[t]!]).sort((a, b) => b[1] - a[1]) };
}

/**
 * The form is in the static HTML, so nothing moves when JavaScript starts; a reader without
 * JavaScript sees under it that search needs it, and the topic pages to browse instead.
 */
export function SearchPage({ topics }: { topics: TopicLink[] }) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const [params, setParams] = useState<Params>({ q: "", topic: "", year: "", sort: "relevance" });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Abstracts of the results shown, by document: a result paints at once from its card, and its
  // snippet fills in when the abstract's chunk arrives (most are loaded already while typing).
  const [abstracts, setAbstracts] = useState<ReadonlyMap<number, string>>(new Map());
  const [shown, setShown] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settled = useRef(true);
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The URL of the search shown, until it is written to history; whether it opens a new entry. */
  const pendingUrl = useRef<{ url: string; newEntry: boolean } | null>(null);
  const list = useRef<HTMLDivElement>(null);
  /** Whether this page has shown results yet. */
  const painted = useRef(false);
  const topicTitle = useMemo(() => new Map(topics.map((t) => [t.id, t.title])), [topics]);
  /** The latest search and update, for the memoised parts' handlers. */
  const latestParams = useRef(params);
  latestParams.current = params;

  const run = useCallback(async (p: Params, limit: number) => {
    const ticket = ++latest.current;
    if (p.q.trim() === "") {
      setOutcome(null);
      setAbstracts(new Map());
      return;
    }
    try {
      const engine: SearchEngine = await openSearch();
      const result = await engine.search(p.q);
      // The filter columns: awaited when a filter or sort needs them; otherwise the results show
      // without them, and the facet counts follow once they arrive in the background.
      const meta = filtering(p) ? await engine.metadata() : engine.metadataNow();
      const topicIds = engine.manifest.topics.map((t) => t.id);
      const { docs: filtered, complete } = applyFilters(result.docs, result.complete, meta, topicIds, p);
      const searched = { q: p.q, complete, partial: filtered.length - complete, unfinished: result.unfinished, corrections: result.corrections, expansions: result.expansions, notRequired: result.notRequired, parts: result.parts };
      const counts = facets(result.docs, meta, topicIds);
      const outcomeWith = (cards: ResultCard[]): Outcome => ({ params: p, docs: filtered, cards, words: new Set(result.words), namedTopics: new Set(result.topics), ...counts, searched });
      // The page's first results paint from the cards of a screenful, and the rest follow: fewer
      // files stand between opening a search link and its first results.
      if (!painted.current && limit > FIRST_SCREEN) {
        const first = await engine.cards(Array.from(filtered.subarray(0, FIRST_SCREEN)));
        if (ticket !== latest.current) return;
        flushSync(() => setOutcome(outcomeWith(first)));
      }
      painted.current = true;
      const cards = await engine.cards(Array.from(filtered.subarray(0, limit)));
      if (ticket !== latest.current) return;
      const known = (docs: number[]) => new Map(docs.flatMap((d) => (engine.abstractNow(d) === undefined ? [] : [[d, engine.abstractNow(d)!] as const])));
      // Commit now rather than in a later task: when the index files a keystroke needs are loaded,
      // the search finishes in microtasks after the input event, and its results then paint in the
      // same frame as the typed character instead of the frame after.
      flushSync(() => {
        setOutcome(outcomeWith(cards));
        setAbstracts(known(cards.map((c) => c.doc)));
        setError(null);
      });
      if (!meta) {
        engine.metadata().then(() => {
          if (ticket === latest.current) void run(p, limit);
        }, () => undefined);
      }
      const missing = cards.map((c) => c.doc).filter((d) => engine.abstractNow(d) === undefined);
      if (missing.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, SNIPPET_DELAY_MS));
      if (ticket !== latest.current) return;
      await engine.abstracts(missing);
      if (ticket === latest.current) setAbstracts(known(cards.map((c) => c.doc)));
    } catch (e) {
      if (ticket === latest.current) setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    const load = () => {
      clearTimeout(urlTimer.current);
      pendingUrl.current = null; // Back or Forward: history already holds the URL
      const p = readParams();
      setIgnored(ignoredParams(topics));
      setParams(p);
      setShown(PAGE);
      void run(p, PAGE);
    };
    load();
    // What the reader typed before the page became interactive (the box is in the static HTML,
    // empty) is searched now, not wiped.
    const typed = document.querySelector<HTMLInputElement>("#search-page-input")?.value ?? "";
    if (typed !== "" && typed !== readParams().q) update({ ...readParams(), q: typed });
    window.addEventListener("popstate", load);
    window.addEventListener("pagehide", writeUrl);
    return () => {
      window.removeEventListener("popstate", load);
      window.removeEventListener("pagehide", writeUrl);
      clearTimeout(urlTimer.current);
    };
  }, [run, topics]);

  /** Write the search shown to history, if it is not there yet. */
  function writeUrl() {
    clearTimeout(urlTimer.current);
    const pending = pendingUrl.current;
    if (pending === null) return;
    pendingUrl.current = null;
    if (pending.newEntry) window.history.pushState(null, "", pending.url);
    else window.history.replaceState(null, "", pending.url);
  }

  /**
   * Change the search: results now, URL once typing pauses. The first change after a settled search
   * opens a new history entry, the keystrokes that follow update it, and a pause in typing settles
   * it - so Back returns to the previous search, not to the previous keystroke.
   */
  function update(next: Params, settle = SETTLE_MS) {
    setParams(next);
    setShown(PAGE);
    void run(next, PAGE);
    pendingUrl.current = { url: urlOf(next), newEntry: settled.current || (pendingUrl.current?.newEntry ?? false) };
    settled.current = false;
    clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(() => (settled.current = true), settle);
    clearTimeout(urlTimer.current);
    if (settle === 0) writeUrl();
    else urlTimer.current = setTimeout(writeUrl, URL_DELAY_MS);
  }

  const latestUpdate = useRef(update);
  latestUpdate.current = update;
  const filterValues = useMemo(() => ({ topic: params.topic, year: params.year, sort: params.sort }), [params.topic, params.year, params.sort]);
  const onFilter = useCallback((change: Partial<FilterValues>) => {
    const p = latestParams.current;
    latestUpdate.current({ ...p, ...change, sort: (change.sort ?? p.sort) as Sort }, 0);
  }, []);
  const topicOptions = useMemo(
    () => withCurrent(params.topic, [["", "All topics"], ...(outcome?.topics ?? []).map(([id, n]): [string, string] => [id, `${topicTitle.get(id) ?? id} (${n})`])], topicTitle.get(params.topic)),
    [params.topic, outcome?.topics, topicTitle],
  );
  const yearOptions = useMemo(() => withCurrent(params.year, [["", "Any year"], ...(outcome?.years ?? []).map(([y, n]): [string, string] => [y, `${y} (${n})`])]), [params.year, outcome?.years]);
  const showMore = useCallback((count: number) => {
    setShown(count);
    void run(latestParams.current, count);
  }, [run]);

  return (
    // A link followed before the URL caught up with the typing: the search enters history first,
    // so Back returns to it.
    // At least a screen tall, so results arriving below the form never push the footer about.
    <div onClickCapture={writeUrl} data-search-page className="min-h-svh">
      {/* Before JavaScript runs, Enter submits the query to this page the ordinary way. */}
      <form role="search" aria-label="Papers" action={withBase(searchPath())} method="get" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="search-page-input" className="block text-sm font-medium">
            Search titles and abstracts
          </label>
          <input
            id="search-page-input"
            data-primary-search
            type="search"
            name="q"
            value={params.q}
            autoComplete="off"
            placeholder='e.g. sparse autoencoders, "mixture of experts", quantizaton'
            onChange={(e) => update({ ...params, q: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown") {
                e.preventDefault();
                list.current?.querySelector<HTMLAnchorElement>("a[data-result]")?.focus();
              } else if (e.key === "Escape") update({ ...params, q: "" }, 0);
              else if (e.key === "Enter") {
                const first = list.current?.querySelector<HTMLAnchorElement>("a[data-result]");
                if (first) first.click();
              }
            }}
            className="mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
        <Filters values={filterValues} offValues={FILTERS_OFF} onChange={onFilter} topicOptions={topicOptions} yearOptions={yearOptions} sortOptions={SORT_OPTIONS} />
      </form>
      <NoScriptTopics topics={topics} />
      {ignored.length > 0 && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          Ignored in the address: {ignored.join("; ")}.
        </p>
      )}

      <p role="status" aria-live="polite" className="mt-4 text-sm text-stone-700 dark:text-stone-300">
        {statusText(error, outcome?.searched ?? null, params.q)}
      </p>
      {outcome && <SearchedFor searched={outcome.searched} />}
      {outcome && <NamedTopics named={outcome.namedTopics} topics={topics} />}

      <Results outcome={outcome} abstracts={abstracts} shown={shown} topics={topics} topicTitle={topicTitle} list={list} onShowMore={showMore} />
    </div>
  );
}

/** Shown only where scripting is off (a CSS media query): with it, hidden from the first paint. */
const NoScriptTopics = memo(function NoScriptTopics({ topics }: { topics: TopicLink[] }) {
  return (
    <div className="mt-4 hidden noscript:block">
      <div className="rounded-md bg-amber-100 p-4 text-amber-950">
        <p className="font-medium">Search runs in your browser and needs JavaScript.</p>
        <p className="mt-1">Without it, browse the papers by topic:</p>
        <ul className="mt-2 list-disc pl-5">
          {topics.map((t) => (
            <li key={t.id}>
              <Link href={topicPath(t.id)} className="underline">{t.title}</Link> ({t.count})
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});

/**
 * The topics the query names, each a link to every paper in it: "kv cache compression" finds the
 * papers that say so, and the topic pages hold those that say it in other words.
 */
const NamedTopics = memo(function NamedTopics({ named, topics }: { named: ReadonlySet<string>; topics: TopicLink[] }) {
  const shown = topics.filter((t) => named.has(t.id));
  if (shown.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-stone-700 dark:text-stone-300" data-named-topics>
      Browse the {shown.length === 1 ? "topic" : "topics"}:{" "}
      {shown.map((t, i) => (
        <span key={t.id}>
          {i > 0 && ", "}
          <Link href={topicPath(t.id)} className="text-indigo-800 underline dark:text-indigo-300">{t.title}</Link> ({t.count} {t.count === 1 ? "paper" : "papers"})
        </span>
      ))}
    </p>
  );
});

/** Up and Down move between the results' links. */
function onResultsKey(e: React.KeyboardEvent<HTMLDivElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = e.key === "ArrowDown" ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1);
  links[next]?.focus();
  e.preventDefault();
}

/** The results shown (those matching every word, then those matching some), or why there are none. */
const Results = memo(function Results({ outcome, abstracts, shown, topics, topicTitle, list, onShowMore }: {
  outcome: Outcome | null;
  abstracts: ReadonlyMap<number, string>;
  shown: number;
  topics: TopicLink[];
  topicTitle: ReadonlyMap<string, string>;
  list: React.RefObject<HTMLDivElement | null>;
  onShowMore: (count: number) => void;
}) {
  const total = outcome?.docs.length ?? 0;
  return (
    <>
      {outcome && total === 0 && !outcome.searched.unfinished && <EmptyState topics={topics} />}

      <div ref={list} onKeyDown={onResultsKey}>
        <ol data-query={outcome?.params.q ?? ""} className="mt-4 space-y-5">
          {outcome?.cards.slice(0, Math.min(shown, outcome.searched.complete)).map((card) => (
            <Result key={card.id} card={card} abstract={abstracts.get(card.doc)} words={outcome.words} namedTopics={outcome.namedTopics} topicTitle={topicTitle} />
          ))}
        </ol>
        {outcome && outcome.searched.partial > 0 && shown > outcome.searched.complete && (
          <PartialResults count={outcome.searched.partial} parts={outcome.searched.parts}>
            {outcome.cards.slice(outcome.searched.complete, shown).map((card) => (
              <Result key={card.id} card={card} abstract={abstracts.get(card.doc)} words={outcome.words} namedTopics={outcome.namedTopics} topicTitle={topicTitle} />
            ))}
          </PartialResults>
        )}
      </div>
      {total > shown && (
        <button type="button" onClick={() => onShowMore(shown + PAGE)}
          className="mt-4 rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
          Show more results
        </button>
      )}
    </>
  );
});

/**
 * One result. Memoised: typing re-renders the page, and a result whose card, abstract and matched
 * words are unchanged is not rebuilt. The snippet keeps its three lines while its abstract loads,
 * so results do not jump when it arrives.
 */
const Result = memo(function Result({ card, abstract, words, namedTopics, topicTitle }: { card: ResultCard; abstract: string | undefined; words: ReadonlySet<string>; namedTopics: ReadonlySet<string>; topicTitle: ReadonlyMap<string, string> }) {
  return (
    // A result not yet on screen is laid out at no less than its usual height, so none overlaps the next.
    <li className="border-b border-stone-200 pb-4 [contain-intrinsic-size:auto_16rem] [content-visibility:auto] sm:[contain-intrinsic-size:auto_11rem] dark:border-stone-700">
      <h2 className="text-lg font-semibold leading-snug">
        <Link data-result href={paperPath(card.id)} className="text-indigo-800 hover:underline dark:text-indigo-300">
          <Highlighted segments={highlight(card.title, words)} />
        </Link>
        {card.titleInferred && <span className="ml-2 align-middle text-xs font-normal text-stone-600 dark:text-stone-400">(inferred title)</span>}
      </h2>
      <p className="mt-1 line-clamp-3 min-h-[4.875em] text-sm leading-relaxed text-stone-800 dark:text-stone-200" aria-busy={abstract === undefined}>
        {abstract !== undefined && <Highlighted segments={makeSnippet(abstract, words)} />}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-stone-600 dark:text-stone-400">
        {card.topics.map((t) => (
          <Link key={t} href={topicPath(t)} className="inline-flex min-h-6 items-center underline decoration-dotted hover:text-indigo-800 dark:hover:text-indigo-300">
            {/* A topic the search names is part of why the paper matched. */}
            <Highlighted segments={[{ text: topicTitle.get(t) ?? t, hit: namedTopics.has(t) }]} />
          </Link>
        ))}
        {card.date && <span>{card.date}</span>}
        {card.upvotes !== null && card.upvotes > 0 && <span>{card.upvotes} upvotes</span>}
        {card.authorCount !== null && <span>{card.authorCount} authors</span>}
      </p>
    </li>
  );
});

/** Papers that match only some of the query's words, after those matching all of them. */
function PartialResults({ count, parts, children }: { count: number; parts: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby="partial-results" className="mt-8">
      <h2 id="partial-results" className="text-base font-semibold">
        Papers {partialPapers(parts)} ({count})
      </h2>
      <ol data-partial className="mt-4 space-y-5">
        {children}
      </ol>
    </section>
  );
}

/** The options with the current value among them (a filter from the URL that matches no result yet). */
function withCurrent(value: string, options: [string, string][], text = value): [string, string][] {
  return value === "" || options.some(([v]) => v === value) ? options : [...options, [value, `${text} (0)`]];
}

function EmptyState({ topics }: { topics: TopicLink[] }) {
  return (
    <div className="mt-4 rounded-md bg-stone-100 p-4 text-sm dark:bg-stone-800">
      <p className="font-medium">No paper matches this search.</p>
      <ul className="mt-2 list-disc pl-5">
        <li>Check the spelling, or use fewer words.</li>
        <li>Try an acronym or its expansion: “SAE” or “sparse autoencoder”, “MoE” or “mixture of experts”.</li>
        <li>Remove quotes: a quoted phrase matches only that exact phrase.</li>
        <li>Clear the topic and year filters.</li>
      </ul>
      <p className="mt-3 font-medium">Or browse a topic:</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {topics.map((t) => (
          <li key={t.id}>
            <Link href={topicPath(t.id)} className="inline-block rounded-full border border-stone-300 px-3 py-1 hover:bg-white dark:border-stone-600 dark:hover:bg-stone-900">
              {t.title} ({t.count})
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
