import { SiteLink } from "@/components/site-link";
import { SORT_LABELS, SORTS, type SortKey } from "@/lib/routes";

/** Sort orders as links to static pages (no JavaScript needed); the current one is marked. */
export function SortNav({ current, href }: { current: SortKey; href: (sort: SortKey) => string }) {
  return (
    <nav aria-label="Sort papers" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600 dark:text-stone-400">Sort by</span>
      {SORTS.map((s) =>
        s === current ? (
          <span key={s} aria-current="page" className="rounded-full bg-stone-900 px-3 py-1 font-medium text-white dark:bg-stone-100 dark:text-stone-900">
            {SORT_LABELS[s]}
          </span>
        ) : (
          <SiteLink key={s} href={href(s)} className="rounded-full border border-stone-300 px-3 py-1 text-stone-800 hover:border-indigo-700 hover:text-indigo-700 dark:border-stone-700 dark:text-stone-200 dark:hover:border-indigo-300 dark:hover:text-indigo-300">
            {SORT_LABELS[s]}
          </SiteLink>
        ),
      )}
    </nav>
  );
}
