import { SiteLink } from "@/components/site-link";

/** Previous / numbered / next links between static pages of a list. */
export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1);
  return (
    <nav aria-label={label} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <SiteLink href={href(page - 1)} rel="prev" className="pg">
              ← Previous<span className="sr-only"> page</span>
            </SiteLink>
          </li>
        )}
        {numbers.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="pg-on">
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <SiteLink href={href(n)} className="pg">
                <span className="sr-only">Page </span>
                {n}
              </SiteLink>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <SiteLink href={href(page + 1)} rel="next" className="pg">
              Next<span className="sr-only"> page</span> →
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
