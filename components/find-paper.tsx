import { findPaperLinks, searchQuery } from "@/lib/find-paper";
import type { PaperRecord } from "@/lib/schema";

/** Where to read the paper in full: direct links when an id is known, then title searches. */
export function FindPaper({ paper }: { paper: PaperRecord }) {
  const query = searchQuery(paper);
  const links = findPaperLinks(paper, query);
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
