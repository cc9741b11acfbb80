import { SiteLink } from "@/components/site-link";
import type { SourceLocation } from "@/lib/catalog-view";

/** The listings a paper came from, by name and entry, with the file and line as details. */
export function PaperSources({ locations }: { locations: SourceLocation[] }) {
  return (
    <ul className="space-y-2">
      {locations.map((l) => (
        <li key={`${l.file}:${l.line}`}>
          <SiteLink href={l.href} className="text-indigo-700 underline dark:text-indigo-300">
            {l.source.name}
          </SiteLink>
          <span className="text-stone-700 dark:text-stone-300">, entry {l.entry}</span>
          <p className="break-all text-sm text-stone-600 dark:text-stone-400">
            line {l.line} of <span className="font-mono">{l.file}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
