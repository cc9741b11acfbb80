import { Island } from "@/components/islands";

/** A citation's heading and its copy button. */
function CiteHead({ title, source, label, copied }: { title: string; source: string; label: string; copied: string }) {
  return (
    <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
      <h3 className="font-medium">{title}</h3>
      <Island name="CopyButton" props={{ source, label, copied }} />
    </div>
  );
}

/** BibTeX and a plain-text citation of the paper (lib/cite.ts), each with a copy button; folded until opened. */
export function CiteBlock({ bibtex, plain }: { bibtex: string; plain: string }) {
  return (
    <details className="cite-box" data-cite>
      <summary className="cursor-pointer font-medium">Cite this paper</summary>
      <CiteHead title="BibTeX" source="cite-bibtex" label="Copy BibTeX" copied="BibTeX copied" />
      <pre className="cite mt-1 overflow-x-auto font-mono text-xs leading-relaxed" id="cite-bibtex" data-cite-bibtex>
        {bibtex}
      </pre>
      <CiteHead title="Plain text" source="cite-plain" label="Copy citation" copied="Citation copied" />
      <p className="cite mt-1 mb-2 break-words" id="cite-plain" data-cite-plain>
        {plain}
      </p>
    </details>
  );
}
