"use client";
// The rows of the related-papers list, rendered from their data (see components/paper-items.tsx).
import { InferredMark } from "@/components/inferred-mark";
import { SiteLink } from "@/components/site-link";
import { paperPath } from "@/lib/routes";

export type RelatedItem = { id: string; title: string; titleInferred: boolean; terms: string[] };

export function RelatedItems({ items }: { items: RelatedItem[] }) {
  return (
    <ul className="space-y-3">
      {items.map((paper) => (
        <li key={paper.id}>
          <SiteLink href={paperPath(paper.id)} className="font-medium text-indigo-700 underline dark:text-indigo-300">
            {paper.title}
          </SiteLink>
          {paper.titleInferred && <InferredMark />}
          {paper.terms.length > 0 && <p className="text-sm text-stone-600 dark:text-stone-400">Shares {paper.terms.join(", ")}</p>}
        </li>
      ))}
    </ul>
  );
}
