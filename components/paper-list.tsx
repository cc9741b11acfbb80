import { AbstractNodes } from "@/components/abstract-text";
import { InferredMark } from "@/components/inferred-mark";
import { PaperFacts } from "@/components/paper-facts";
import { SiteLink } from "@/components/site-link";
import { WhyTip } from "@/components/why-tip";
import type { CatalogView } from "@/lib/catalog-view";
import { paperPath } from "@/lib/routes";
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
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol start={start} className="divide-y divide-stone-200 dark:divide-stone-800">
      {papers.map((paper) => {
        const reason = why?.(paper) ?? null;
        const tipId = `why-${paper.id}`;
        return (
          <li key={paper.id} className="py-4 first:pt-0">
            <div className="group relative">
              <Heading className="text-lg font-semibold leading-snug text-stone-900 dark:text-stone-50">
                <SiteLink href={paperPath(paper.id)} aria-describedby={reason ? tipId : undefined} className="hover:text-indigo-700 hover:underline dark:hover:text-indigo-300">
                  {paper.title}
                </SiteLink>
                {paper.titleInferred && <InferredMark />}
              </Heading>
              {reason && <WhyTip id={tipId}>Why it’s here: {reason}</WhyTip>}
            </div>
            <PaperFacts paper={paper} className="mt-1" />
            {withExcerpt && (
              <p className="prose-abstract mt-1.5 text-stone-700 dark:text-stone-300">
                <AbstractNodes nodes={catalog.abstract(paper).excerpt} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
