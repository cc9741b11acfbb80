import { SiteLink } from "@/components/site-link";
import type { SourceSummary } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { sourcePath } from "@/lib/routes";

/** "Large Language Model, Mar 18 (2025)": what the listing page printed above its entries. */
export function sourceCaption(s: SourceSummary): string {
  const date = s.pageDate ? `${s.pageDate}${s.year ? ` ${s.year}` : ""}` : null;
  return [s.heading, date].filter(Boolean).join(", ");
}

export function SourceList({ sources }: { sources: SourceSummary[] }) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {sources.map((s) => (
        <li key={s.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
          <div>
            <SiteLink href={sourcePath(s.slug)} className="font-mono font-medium text-indigo-700 underline dark:text-indigo-300">
              {s.file}
            </SiteLink>
            {sourceCaption(s) && <p className="text-sm text-stone-700 dark:text-stone-300">{sourceCaption(s)}</p>}
          </div>
          <span className="text-sm tabular-nums text-stone-600 dark:text-stone-400">{plural(s.count, "entry", "entries")}</span>
        </li>
      ))}
    </ul>
  );
}
