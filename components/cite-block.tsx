"use client";
// A client component: the page's payload carries the two citations as text, not their markup.
import { CopyButton } from "@/components/copy-button";

/** BibTeX and a plain-text citation of the paper (lib/cite.ts), each with a copy button; folded until opened. */
export function CiteBlock({ bibtex, plain }: { bibtex: string; plain: string }) {
  return (
    <details className="mt-3 max-w-3xl rounded-lg border border-stone-200 px-4 py-2 text-sm dark:border-stone-800" data-cite>
      <summary className="cursor-pointer font-medium">Cite this paper</summary>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">BibTeX</h3>
        <CopyButton source="cite-bibtex" label="Copy BibTeX" copied="BibTeX copied" />
      </div>
      <pre className="mt-1 overflow-x-auto rounded-md bg-stone-100 p-3 font-mono text-xs leading-relaxed dark:bg-stone-900" id="cite-bibtex" data-cite-bibtex>
        {bibtex}
      </pre>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">Plain text</h3>
        <CopyButton source="cite-plain" label="Copy citation" copied="Citation copied" />
      </div>
      <p className="mt-1 mb-2 break-words rounded-md bg-stone-100 p-3 dark:bg-stone-900" id="cite-plain" data-cite-plain>
        {plain}
      </p>
    </details>
  );
}
