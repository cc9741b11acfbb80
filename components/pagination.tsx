import { SiteLink } from "@/components/site-link";

/** Previous / numbered / next links between static pages of a list. */
export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1);
  const item = "inline-block min-w-9 rounded-md border px-3 py-1.5 text-center";
  const idle = "border-stone-300 text-stone-800 hover:border-indigo-700 hover:text-indigo-700 dark:border-stone-700 dark:text-stone-200 dark:hover:border-indigo-300 dark:hover:text-indigo-300";
  return (
    <nav aria-label={label} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <SiteLink href={href(page - 1)} rel="prev" className={`${item} ${idle}`}>
              ← Previous<span className="sr-only"> page</span>
            </SiteLink>
          </li>
        )}
        {numbers.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${item} border-stone-900 bg-stone-900 font-medium text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900`}>
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <SiteLink href={href(n)} className={`${item} ${idle}`}>
                <span className="sr-only">Page </span>
                {n}
              </SiteLink>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <SiteLink href={href(page + 1)} rel="next" className={`${item} ${idle}`}>
              Next<span className="sr-only"> page</span> →
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
