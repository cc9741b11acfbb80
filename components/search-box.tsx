"use client";
// The header search box: results while typing, "/" focuses it, Esc clears it, arrow keys move
// through results and Enter opens one (or the full results page). Without JavaScript it is a
// plain form that submits to /search/.
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Highlighted } from "@/components/highlighted";
import { partialPapers } from "@/components/search-status";
import { paperPath, searchPath } from "@/lib/routes";
import { highlight, makeSnippet, type Segment } from "@/lib/search/snippet";
import { openSearch } from "@/lib/search/lazy";
import type { ResultCard } from "@/lib/search/types";
import { withBase } from "@/lib/site";
const SHOWN = 8;

/** `complete` papers match every word of the query, `total` with those matching some. */
type Found = { query: string; total: number; complete: number; docs: ResultCard[]; why: (Segment[] | null)[]; words: Set<string>; unfinished: boolean; notRequired: string[]; parts: number };

/**
 * Why a result matched when its title does not say: a short snippet of its abstract if that has
 * arrived, else a topic the search names.
 */
function whyLine(card: ResultCard, words: Set<string>, abstract: string | undefined, named: Map<string, string>): Segment[] | null {
  if (highlight(card.title, words).some((s) => s.hit)) return null;
  if (abstract !== undefined) return makeSnippet(abstract, words, 110);
  const topic = card.topics.find((t) => named.has(t));
  return topic ? [{ text: "In ", hit: false }, { text: named.get(topic)!, hit: true }] : null;
}

/**
 * The box "/" focuses: the page's own search box where the page has one (the search page marks it
 * data-primary-search), else the header's - whichever of them is shown (on a phone the search page
 * hides the header's).
 */
function searchBoxFor(header: HTMLInputElement | null): HTMLInputElement | null {
  const shown = (el: HTMLElement | null) => el !== null && el.getClientRects().length > 0;
  const primary = document.querySelector<HTMLInputElement>("input[data-primary-search]");
  if (shown(primary)) return primary;
  return shown(header) ? header : null;
}

/** The ids of the header box and its list: one per page, and the same in every render root. */
const listId = "site-search";

export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const latest = useRef("");

  useEffect(() => {
    // Whatever was typed before the page became interactive is searched now.
    const early = input.current?.value ?? "";
    if (early !== "") {
      setQuery(early);
      setOpen(document.activeElement === input.current);
      void run(early);
    }
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (e.key === "/" && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        searchBoxFor(input.current)?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  async function run(q: string) {
    latest.current = q;
    if (q.trim() === "") {
      setFound(null);
      return;
    }
    const engine = await openSearch();
    const result = await engine.search(q);
    const docs = await engine.cards([...result.docs.subarray(0, SHOWN)]);
    if (latest.current !== q) return; // a newer keystroke won
    // Committed at once, so results paint in the frame of the keystroke (see the search page).
    flushSync(() => {
      const words = new Set(result.words);
      const named = new Map(engine.manifest.topics.filter((t) => result.topics.includes(t.id)).map((t) => [t.id, t.title]));
      const why = docs.map((d) => whyLine(d, words, engine.abstractNow(d.doc), named));
      setFound({ query: q, total: result.docs.length, complete: result.complete, docs, why, words, unfinished: result.unfinished, notRequired: result.notRequired, parts: result.parts });
      setActive(-1);
    });
  }

  // A full page load: the results page reads its query from the URL as it starts.
  const goToResults = () => window.location.assign(`${withBase(searchPath())}?q=${encodeURIComponent(query).replace(/%20/g, "+")}`);

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    const count = found?.docs.length ?? 0;
    if (e.key === "ArrowDown" && count > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % count);
    } else if (e.key === "ArrowUp" && count > 0) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? count - 1 : a - 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const doc = found?.docs[active];
      setOpen(false);
      if (doc) window.location.assign(withBase(paperPath(doc.id)));
      else if (query.trim() !== "") goToResults();
    } else if (e.key === "Escape") {
      setQuery("");
      setFound(null);
      setOpen(false);
    }
  }

  const showList = open && found !== null && query.trim() !== "";
  return (
    <form role="search" action={withBase(searchPath())} method="get" className="relative w-full max-w-md" onSubmit={(e) => { e.preventDefault(); goToResults(); }}>
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search papers
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        name="q"
        type="search"
        autoComplete="off"
        placeholder="Search papers  ( / )"
        value={query}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-opt-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          void run(e.target.value);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="sbox"
      />
      <div
        id={`${listId}-list`}
        role="listbox"
        aria-label="Search suggestions"
        hidden={!showList}
        data-query={found?.query ?? ""}
        className="sbox-list"
      >
        {found?.docs.map((d, i) => (
          <a
            key={d.id}
            id={`${listId}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            href={withBase(paperPath(d.id))}
            className={`block px-3 py-2 text-sm ${i === active ? "bg-indigo-100 dark:bg-indigo-900" : "hover:bg-stone-100 dark:hover:bg-stone-800"}`}
            onMouseDown={(e) => e.preventDefault()}
          >
            <span data-title>
              <Highlighted segments={highlight(d.title, found.words)} />
            </span>
            {found.why[i] && (
              <span className="mt-0.5 block truncate text-xs text-stone-600 dark:text-stone-400">
                <Highlighted segments={found.why[i]} />
              </span>
            )}
          </a>
        ))}
        {found && found.docs.length === 0 && <p className="px-3 py-2 text-sm text-stone-600 dark:text-stone-300">{found.unfinished ? "Keep typing…" : `No papers match “${found.query}”.`}</p>}
        {found && found.total > 0 && (
          <a href={`${withBase(searchPath())}?q=${encodeURIComponent(found.query).replace(/%20/g, "+")}`} className="block border-t border-stone-200 px-3 py-2 text-sm font-medium text-indigo-800 dark:border-stone-700 dark:text-indigo-300" onMouseDown={(e) => e.preventDefault()}>
            {found.complete > 0 ? `All ${found.complete} ${found.complete === 1 ? "paper" : "papers"} matching every word${found.notRequired.length > 0 ? ` but ${found.notRequired.join(", ")}` : ""}` : `All ${found.total} papers ${partialPapers(found.parts)}`}
          </a>
        )}
      </div>
    </form>
  );
}
