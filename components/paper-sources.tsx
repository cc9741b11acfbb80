import { SiteLink } from "@/components/site-link";

/** Where a paper was listed: the listing page's anchor, its name, the entry number, file and line. */
export type PaperSourceItem = { href: string; name: string; entry: number; file: string; line: number };

/** The listings a paper came from, by name and entry, with the file and line as details. */
export function PaperSources({ locations }: { locations: PaperSourceItem[] }) {
  return (
    <ul className="space-y-2">
      {locations.map((l) => (
        <li key={`${l.file}:${l.line}`}>
          <SiteLink href={l.href} className="lnk">
            {l.name}
          </SiteLink>
          <span className="soft">, entry {l.entry}</span>
          <p className="muted break-all text-sm">
            line {l.line} of <span className="font-mono">{l.file}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
