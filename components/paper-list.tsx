import { PaperItems, type PaperItem } from "@/components/paper-items";
import type { AbstractNode } from "@/lib/render-abstract";
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

/** A PaperItem from a paper record (on the server, where the page builds its list). */
function paperItem(p: Pick<PaperRecord, "id" | "title" | "titleInferred" | "date" | "upvotes" | "authorCount">, excerpt?: AbstractNode[], why?: string | null): PaperItem {
  return {
    id: p.id,
    title: p.title,
    ...(p.titleInferred ? { titleInferred: true } : {}),
    ...(p.date !== null ? { date: p.date } : {}),
    ...(p.upvotes !== null ? { upvotes: p.upvotes } : {}),
    ...(p.authorCount !== null ? { authorCount: p.authorCount } : {}),
    ...(why ? { why } : {}),
    ...(excerpt ? { excerpt: excerpt.every((n) => n.kind === "text") ? excerpt.map((n) => n.text).join("") : excerpt } : {}),
  };
}

/** Papers as a list: title (linking to the permalink), date, upvotes, authors, first lines. */
export function PaperList({ papers, catalog, withExcerpt = true, start = 1, headingLevel = 3, why }: Props) {
  // Each row gets only what it shows.
  const items = papers.map((p) => paperItem(p, withExcerpt ? catalog.abstract(p).excerpt : undefined, why?.(p)));
  return <PaperItems items={items} start={start} headingLevel={headingLevel} />;
}
