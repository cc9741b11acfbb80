import { SiteLink } from "@/components/site-link";
import type { SourceLocation } from "@/lib/catalog-view";

/** The listings a paper came from: file and line, linking to the entry on the listing's page. */
export function PaperSources({ locations }: { locations: SourceLocation[] }) {
  return (
    <ul className="space-y-1.5">
      {locations.map((l) => (
        <li key={`${l.file}:${l.line}`}>
          <SiteLink href={l.href} className="font-mono text-sm text-indigo-700 underline dark:text-indigo-300">
            {l.file}, line {l.line}
          </SiteLink>
          {(l.source.heading || l.source.pageDate) && (
            <span className="text-stone-600 dark:text-stone-400"> · {[l.source.heading, l.source.pageDate].filter(Boolean).join(", ")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
