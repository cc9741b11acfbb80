import { InferredMark } from "@/components/inferred-mark";
import { SiteLink } from "@/components/site-link";
import type { SourceEntry } from "@/lib/catalog-view";
import { entryAnchor, paperPath } from "@/lib/routes";

/** A listing's entries in captured order, each with its line and a link to its paper. */
export function SourceEntries({ entries, start }: { entries: SourceEntry[]; start: number }) {
  return (
    <ol start={start} className="divide-y divide-stone-200 dark:divide-stone-800">
      {entries.map((e) => (
        <li key={e.line} id={entryAnchor(e.line)} className="flex scroll-mt-4 gap-4 py-3 target:bg-amber-50 dark:target:bg-amber-950">
          <span className="w-16 shrink-0 pt-0.5 text-right font-mono text-sm text-stone-600 dark:text-stone-400">
            <span className="sr-only">Line </span>
            {e.line}
          </span>
          <div className="min-w-0">
            <SiteLink href={paperPath(e.paper.id)} className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {e.title ?? e.paper.title}
            </SiteLink>
            {e.title === null && e.paper.titleInferred && <InferredMark />}
            {e.title === null && <p className="text-sm text-stone-600 dark:text-stone-400">The listing gives no title here, only the abstract.</p>}
            {e.title !== null && e.title !== e.paper.title && (
              <p className="text-sm text-stone-600 dark:text-stone-400">Now titled “{e.paper.title}”.</p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
