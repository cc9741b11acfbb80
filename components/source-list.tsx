import { SiteLink } from "@/components/site-link";
import type { SourceSummary } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { sourcePath } from "@/lib/routes";

/** Every listing by its human name, with its file name and size as details. */
export function SourceList({ sources }: { sources: SourceSummary[] }) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {sources.map((s) => (
        <li key={s.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
          <div className="min-w-0">
            <SiteLink href={sourcePath(s.slug)} className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {s.name}
            </SiteLink>
            <p className="break-all text-sm text-stone-600 dark:text-stone-400">
              <span className="sr-only">File </span>
              <span className="font-mono">{s.file}</span>
            </p>
          </div>
          <span className="text-sm tabular-nums text-stone-600 dark:text-stone-400">{plural(s.count, "entry", "entries")}</span>
        </li>
      ))}
    </ul>
  );
}
