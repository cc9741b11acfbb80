import { SiteLink } from "@/components/site-link";

/** Where this page sits: Home / Topics / Quantization. The last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="muted mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((c, i) => (
          <li key={c.href} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">/</span>}
            {i === trail.length - 1 ? (
              <span aria-current="page">{c.label}</span>
            ) : (
              <SiteLink href={c.href} className="qlnk">
                {c.label}
              </SiteLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
