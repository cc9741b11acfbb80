import { formatDate, plural } from "@/lib/format";
import type { PaperRecord } from "@/lib/schema";

/**
 * Date, author count and upvotes, where the listings gave them. Zero upvotes are left out: a
 * daily-papers listing prints 0 for most papers, and the count says nothing. `unknownDate` says
 * "date unknown" instead of leaving the date out (the paper page, where a reader looks for it).
 */
export function PaperFacts({ paper, className = "", unknownDate = false }: { paper: Pick<PaperRecord, "date" | "upvotes" | "authorCount">; className?: string; unknownDate?: boolean }) {
  const facts = [
    paper.date ? (
      <time key="date" dateTime={paper.date}>
        {formatDate(paper.date)}
      </time>
    ) : (
      unknownDate && <span key="date">date unknown</span>
    ),
    paper.authorCount !== null && <span key="authors">{plural(paper.authorCount, "author")}</span>,
    paper.upvotes !== null && paper.upvotes > 0 && <span key="upvotes">{plural(paper.upvotes, "upvote")}</span>,
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return (
    <p className={className ? `facts ${className}` : "facts"}>
      {facts.map((f, i) => (
        <span key={i} className="fact">
          {i > 0 && <span aria-hidden="true" className="mr-3">·</span>}
          {f}
        </span>
      ))}
    </p>
  );
}
