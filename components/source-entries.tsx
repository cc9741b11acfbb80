import { InferredMark } from "@/components/inferred-mark";
import { SiteLink } from "@/components/site-link";
import type { SourceEntry } from "@/lib/catalog-view";
import { normalizeTitle } from "@/lib/catalog";
import { entryAnchor, paperPath } from "@/lib/routes";

/** A listing's entries in captured order, numbered as entries, each with its line as a detail. */
export function SourceEntries({ entries, start }: { entries: SourceEntry[]; start: number }) {
  return (
    <ol start={start} className="divide-y divide-stone-200 dark:divide-stone-800">
      {entries.map((e) => {
        // The title as listed, tidied like the record's; a different title is said to be one.
        const retitled = e.title !== null && normalizeTitle(e.title) !== normalizeTitle(e.paper.title);
        return (
          <li key={e.line} id={entryAnchor(e.line)} className="flex scroll-mt-4 gap-3 py-3 target:bg-amber-50 dark:target:bg-amber-950">
            <span aria-hidden="true" className="w-8 shrink-0 pt-0.5 text-right text-sm tabular-nums text-stone-600 dark:text-stone-400">
              {e.number}.
            </span>
            <div className="min-w-0">
              <SiteLink href={paperPath(e.paper.id)} className="font-medium text-indigo-700 underline dark:text-indigo-300">
                {retitled ? e.title : e.paper.title}
              </SiteLink>
              {e.title === null && e.paper.titleInferred && <InferredMark />}
              <p className="text-sm text-stone-600 dark:text-stone-400">
                Line {e.line}
                {e.title === null && " · the listing gives no title here, only the abstract"}
                {retitled && <> · now titled “{e.paper.title}”</>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
