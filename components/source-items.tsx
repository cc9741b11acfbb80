// The rows of a listing page, rendered from their data (see components/paper-items.tsx).
import { InferredMark } from "@/components/inferred-mark";
import { SiteLink } from "@/components/site-link";
import { entryAnchor, paperPath } from "@/lib/routes";

/** An entry as the listing gave it (title null: none) and the paper it became. */
export type SourceItem = { line: number; number: number; title: string | null; retitled: boolean; id: string; paperTitle: string; titleInferred: boolean };

export function SourceItems({ items, start }: { items: SourceItem[]; start: number }) {
  return (
    <ol start={start} className="rows">
      {items.map((e) => (
        <li key={e.line} id={entryAnchor(e.line)} className="entry">
          <span aria-hidden="true" className="entry-n">
            {e.number}.
          </span>
          <div className="min-w-0">
            <SiteLink href={paperPath(e.id)} className="lnk font-medium">
              {e.retitled ? e.title : e.paperTitle}
            </SiteLink>
            {e.title === null && e.titleInferred && <InferredMark />}
            <p className="muted text-sm">
              Line {e.line}
              {e.title === null && " · the listing gives no title here, only the abstract"}
              {e.retitled && <> · now titled “{e.paperTitle}”</>}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
