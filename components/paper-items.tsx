// The rows of a paper list, rendered from each paper's row data (id, title, facts, excerpt).
import { AbstractNodes } from "@/components/abstract-text";
import { InferredMark } from "@/components/inferred-mark";
import { PaperFacts } from "@/components/paper-facts";
import { SiteLink } from "@/components/site-link";
import { WhyTip } from "@/components/why-tip";
import type { AbstractNode } from "@/lib/render-abstract";
import { paperPath } from "@/lib/routes";

/**
 * A row's data: facts the listings did not give and a title that was not inferred are left out,
 * and an excerpt that is plain text is a string.
 */
export type PaperItem = { id: string; title: string; titleInferred?: true; date?: string; upvotes?: number; authorCount?: number; excerpt?: AbstractNode[] | string; why?: string };

/** A row's tooltip id is its list number: short, and unique on a page whose lists number on from each other. */
export function PaperItems({ items, start, headingLevel }: { items: PaperItem[]; start: number; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol start={start} className="rows">
      {items.map((paper, i) => (
        <li key={paper.id} className="row">
          <div className="group relative">
            <Heading className="row-h">
              <SiteLink
                href={paperPath(paper.id)}
                aria-describedby={paper.why ? `why-${start + i}` : undefined}
                className="row-a"
              >
                {paper.title}
              </SiteLink>
              {paper.titleInferred && <InferredMark />}
            </Heading>
            {paper.why && <WhyTip id={`why-${start + i}`}>Why it’s here: {paper.why}</WhyTip>}
          </div>
          <PaperFacts paper={{ date: paper.date ?? null, upvotes: paper.upvotes ?? null, authorCount: paper.authorCount ?? null }} className="mt-1" />
          {paper.excerpt && (
            <p className="excerpt">
              {typeof paper.excerpt === "string" ? paper.excerpt : <AbstractNodes nodes={paper.excerpt} />}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
