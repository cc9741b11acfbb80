import { SourceItems } from "@/components/source-items";
import type { SourceEntry } from "@/lib/catalog-view";
import { normalizeTitle } from "@/lib/catalog";

/** A listing's entries in captured order, numbered as entries, each with its line as a detail. */
export function SourceEntries({ entries, start }: { entries: SourceEntry[]; start: number }) {
  // Only what a row shows crosses into the client component (and so into the page's payload).
  // The title as listed, tidied like the record's; a different title is said to be one.
  const items = entries.map((e) => ({
    line: e.line,
    number: e.number,
    title: e.title,
    retitled: e.title !== null && normalizeTitle(e.title) !== normalizeTitle(e.paper.title),
    id: e.paper.id,
    paperTitle: e.paper.title,
    titleInferred: e.paper.titleInferred,
  }));
  return <SourceItems items={items} start={start} />;
}
