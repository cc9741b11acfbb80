"use client";
// The rows of a listing page, rendered from their data (see components/paper-items.tsx).
import { InferredMark } from "@/components/inferred-mark";
import { SiteLink } from "@/components/site-link";
import { entryAnchor, paperPath } from "@/lib/routes";

/** An entry as the listing gave it (title null: none) and the paper it became. */
export type SourceItem = { line: number; number: number; title: string | null; retitled: boolean; id: string; paperTitle: string; titleInferred: boolean };

export function SourceItems({ items, start }: { items: SourceItem[]; start: number }) {
  return (
    <ol start={start} className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((e) => (
        <li key={e.line} id={entryAnchor(e.line)} className="flex scroll-mt-4 gap-3 py-3 target:bg-amber-50 dark:target:bg-amber-950">
          <span aria-hidden="true" className="w-8 shrink-0 pt-0.5 text-right text-sm tabular-nums text-stone-600 dark:text-stone-400">
            {e.number}.
          </span>
          <div className="min-w-0">
            <SiteLink href={paperPath(e.id)} className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {e.retitled ? e.title : e.paperTitle}
            </SiteLink>
            {e.title === null && e.titleInferred && <InferredMark />}
            <p className="text-sm text-stone-600 dark:text-stone-400">
              Line {e.line}
              {e.title === null && " · the listing gives no title here, only the abstract"}
              {e.retitled && <> · now titled “{e.paperTitle}”</>}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
