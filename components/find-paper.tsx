"use client";
// A client component: the page's payload carries the paper's ids and what to search for, and the
// four search URLs (each the title again, URL-encoded) are built here.
import { findLinks, type SearchQuery } from "@/lib/find-links";
import type { PaperIds } from "@/lib/paper-ids";

/** Where to read the paper in full: direct links when an id is known, then title searches. */
export function FindPaper({ ids, query }: { ids: PaperIds; query: SearchQuery }) {
  const links = findLinks(ids, query);
  return (
    <nav aria-label="Find the full paper" className="mt-4 max-w-3xl text-sm" data-find-paper>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">Find the full paper:</span>
        {links.map((l) => (
          <a
            key={l.href}
            href={l.href}
            rel="noopener noreferrer"
            data-service={l.service}
            data-direct={l.direct ? "" : undefined}
            className={l.direct ? "font-medium text-indigo-800 underline dark:text-indigo-200" : "lnk"}
          >
            {l.direct ? l.label : l.service}
          </a>
        ))}
      </p>
      {query.phrase && (
        <p className="muted mt-1">
          The title was inferred, so the searches look for a phrase of the abstract: &ldquo;{query.text}&rdquo;.
        </p>
      )}
    </nav>
  );
}
