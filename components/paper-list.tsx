import { PaperItems } from "@/components/paper-items";
import type { CatalogView } from "@/lib/catalog-view";
import type { PaperRecord } from "@/lib/schema";

type Props = {
  papers: PaperRecord[];
  catalog: CatalogView;
  /** Show the first lines of each abstract. */
  withExcerpt?: boolean;
  /** The list number of the first paper (page 2 of a topic starts at 51). */
  start?: number;
  headingLevel?: 2 | 3;
  /** A short "why it's here", shown on hover or focus of the paper's title. */
  why?: (paper: PaperRecord) => string | null;
};

/** Papers as a list: title (linking to the permalink), date, upvotes, authors, first lines. */
export function PaperList({ papers, catalog, withExcerpt = true, start = 1, headingLevel = 3, why }: Props) {
  // Only what a row shows crosses into the client component (and so into the page's payload).
  const items = papers.map((p) => {
    const reason = why?.(p);
    return {
      id: p.id,
      title: p.title,
      titleInferred: p.titleInferred,
      date: p.date,
      upvotes: p.upvotes,
      authorCount: p.authorCount,
      ...(reason ? { why: reason } : {}),
      ...(withExcerpt ? { excerpt: catalog.abstract(p).excerpt } : {}),
    };
  });
  return <PaperItems items={items} start={start} headingLevel={headingLevel} />;
}
