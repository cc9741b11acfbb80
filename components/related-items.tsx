// The rows of the related-papers list, rendered from their data (see components/paper-items.tsx).
import { InferredMark } from "@/components/inferred-mark";
import { SiteLink } from "@/components/site-link";
import { paperPath } from "@/lib/routes";

export type RelatedItem = { id: string; title: string; titleInferred: boolean; terms: string[]; topics: string[] };

export function RelatedItems({ items }: { items: RelatedItem[] }) {
  return (
    <ul className="space-y-3">
      {items.map((paper) => (
        <li key={paper.id}>
          <SiteLink href={paperPath(paper.id)} className="lnk font-medium">
            {paper.title}
          </SiteLink>
          {paper.titleInferred && <InferredMark />}
          {paper.terms.length > 0 ? (
            <p className="muted text-sm">Shares {paper.terms.join(", ")}</p>
          ) : (
            paper.topics.length > 0 && <p className="muted text-sm">Both in {paper.topics.join(", ")}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
