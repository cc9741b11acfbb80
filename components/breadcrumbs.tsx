"use client";
// A client component: its props are a few labels, and its markup ships once in the JavaScript
// instead of in every page's RSC payload.
import { SiteLink } from "@/components/site-link";

/** Where this page sits: Home / Topics / Quantization. The last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-stone-600 dark:text-stone-400">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((c, i) => (
          <li key={c.href} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">/</span>}
            {i === trail.length - 1 ? (
              <span aria-current="page">{c.label}</span>
            ) : (
              <SiteLink href={c.href} className="underline hover:text-indigo-700 dark:hover:text-indigo-300">
                {c.label}
              </SiteLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
