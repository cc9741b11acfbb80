import { SourceItems } from "@/components/source-items";
import type { SourceEntry } from "@/lib/catalog-view";

/** A listing's entries in captured order, numbered as entries, each with its line as a detail. */
export function SourceEntries({ entries, start }: { entries: SourceEntry[]; start: number }) {
  // Each row gets only what it shows.
  const items = entries.map((e) => ({
    line: e.line,
    number: e.number,
    title: e.title,
    retitled: e.retitled,
    id: e.paper.id,
    paperTitle: e.paper.title,
    titleInferred: e.paper.titleInferred,
  }));
  return <SourceItems items={items} start={start} />;
}
