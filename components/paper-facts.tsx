import { formatDate, plural } from "@/lib/format";
import type { PaperRecord } from "@/lib/schema";

/** Date, upvotes and author count, where the listings gave them. */
export function PaperFacts({ paper, className = "" }: { paper: Pick<PaperRecord, "date" | "upvotes" | "authorCount">; className?: string }) {
  const facts = [
    paper.date && (
      <time key="date" dateTime={paper.date}>
        {formatDate(paper.date)}
      </time>
    ),
    paper.upvotes !== null && <span key="upvotes">{plural(paper.upvotes, "upvote")}</span>,
    paper.authorCount !== null && <span key="authors">{plural(paper.authorCount, "author")}</span>,
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return (
    <p className={`flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400 ${className}`}>
      {facts.map((f, i) => (
        <span key={i} className="whitespace-nowrap">
          {i > 0 && <span aria-hidden="true" className="mr-3">·</span>}
          {f}
        </span>
      ))}
    </p>
  );
}
