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
        <span className="muted">Sort by</span>
        {SORTS.map((s) =>
          s === current ? (
            <span key={s} aria-current="page" className="pill-on">
              {SORT_LABELS[s]}
            </span>
          ) : off[s] !== undefined ? (
            <span key={s} aria-disabled="true" className="pill-off">
              {SORT_LABELS[s]}
            </span>
          ) : (
            <SiteLink key={s} href={href(s)} className="pill">
              {SORT_LABELS[s]}
            </SiteLink>
          ),
        )}
      </div>
      {reasons.length > 0 && <p className="muted mt-1.5">{reasons.join(" ")}</p>}
    </nav>
  );
}
