import { InferredMark } from "@/components/inferred-mark";
import { SiteLink } from "@/components/site-link";
import type { RelatedPaper } from "@/lib/catalog-view";
import { paperPath } from "@/lib/routes";

/** The most similar papers, with the distinctive words they share with this one. */
export function RelatedPapers({ related }: { related: RelatedPaper[] }) {
  return (
    <ul className="space-y-3">
      {related.map(({ paper, terms }) => (
        <li key={paper.id}>
          <SiteLink href={paperPath(paper.id)} className="font-medium text-indigo-700 underline dark:text-indigo-300">
            {paper.title}
          </SiteLink>
          {paper.titleInferred && <InferredMark />}
          {terms.length > 0 && <p className="text-sm text-stone-600 dark:text-stone-400">Shares {terms.join(", ")}</p>}
        </li>
      ))}
    </ul>
  );
}
