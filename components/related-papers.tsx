import { RelatedItems } from "@/components/related-items";
import type { RelatedPaper } from "@/lib/catalog-view";

/** The most similar papers, with the distinctive words they share with this one. */
export function RelatedPapers({ related }: { related: RelatedPaper[] }) {
  // Each row gets only what it shows.
  return <RelatedItems items={related.map(({ paper, terms, topics }) => ({ id: paper.id, title: paper.title, titleInferred: paper.titleInferred, terms, topics }))} />;
}
