import { SiteLink } from "@/components/site-link";
import { SORT_LABELS, SORTS, type SortKey } from "@/lib/routes";

/**
 * Sort orders as links to static pages (no JavaScript needed); the current one is marked. An order
 * that cannot change the list is shown disabled, and the reason is said under the links.
 */
export function SortNav({ current, href, off = {} }: { current: SortKey; href: (sort: SortKey) => string; off?: Partial<Record<SortKey, string>> }) {
  const reasons = SORTS.flatMap((s) => (off[s] === undefined ? [] : [`${SORT_LABELS[s]}: ${off[s]}.`]));
  return (
    <nav aria-label="Sort papers" className="text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-stone-600 dark:text-stone-400">Sort by</span>
        {SORTS.map((s) =>
          s === current ? (
            <span key={s} aria-current="page" className="inline-flex min-h-8 items-center rounded-full bg-stone-900 px-3 font-medium text-white dark:bg-stone-100 dark:text-stone-900">
              {SORT_LABELS[s]}
            </span>
          ) : off[s] !== undefined ? (
            <span key={s} aria-disabled="true" className="inline-flex min-h-8 cursor-not-allowed items-center rounded-full border border-dashed border-stone-300 px-3 text-stone-500 line-through decoration-stone-400 dark:border-stone-700 dark:text-stone-400">
              {SORT_LABELS[s]}
            </span>
          ) : (
            <SiteLink key={s} href={href(s)} className="inline-flex min-h-8 items-center rounded-full border border-stone-300 px-3 text-stone-800 hover:border-indigo-700 hover:text-indigo-700 dark:border-stone-700 dark:text-stone-200 dark:hover:border-indigo-300 dark:hover:text-indigo-300">
              {SORT_LABELS[s]}
            </SiteLink>
          ),
        )}
      </div>
      {reasons.length > 0 && <p className="mt-1.5 text-stone-600 dark:text-stone-400">{reasons.join(" ")}</p>}
    </nav>
  );
}
