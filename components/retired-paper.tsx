import { SiteLink } from "@/components/site-link";
import { catalogView } from "@/lib/catalog-view";
import { retiredText } from "@/lib/page-meta";
import { paperPath, sourcePath } from "@/lib/routes";
import type { LedgerEntry } from "@/lib/schema";
import { absoluteUrl, withBase } from "@/lib/site";

const link = "text-indigo-700 underline dark:text-indigo-300";

/**
 * The page of an id that has no paper of its own any more. A merged id sends the reader on to the
 * paper it turned out to be (a link, and a refresh for browsers); a removed id is a tombstone.
 */
export function RetiredPaper({ entry }: { entry: LedgerEntry }) {
  const catalog = catalogView();
  if (entry.status === "merged") {
    const into = entry.into!;
    const target = catalog.paper(into)?.title ?? catalog.retiredEntry(into)?.title ?? into;
    return (
      <article>
        <meta httpEquiv="refresh" content={`0; url=${withBase(paperPath(into))}`} />
        <h1 className="max-w-4xl text-2xl font-bold leading-tight tracking-tight sm:text-3xl">This paper has moved</h1>
        <p className="mt-4 max-w-3xl">
          “{entry.title}” turned out to be the same paper as{" "}
          <SiteLink href={paperPath(into)} className={link} data-moved-to>
            {target}
          </SiteLink>
          , and this address now leads there.
        </p>
        <p className="mt-4 max-w-3xl text-sm">
          Its permanent link:{" "}
          <a href={absoluteUrl(paperPath(into))} className={`break-all font-mono ${link}`} data-permalink>
            {absoluteUrl(paperPath(into))}
          </a>
        </p>
      </article>
    );
  }
  const sources = new Map(catalog.sources.map((s) => [s.file, s]));
  // A curator may have given a live paper this title since: the reader must not take it for that one.
  const namesake = catalog.paperTitled(entry.title);
  return (
    <article>
      <h1 className="max-w-4xl text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{entry.title}</h1>
      <p className="mt-4 max-w-3xl" data-tombstone>
        {retiredText(entry)}
      </p>
      {namesake && (
        <p className="mt-3 max-w-3xl" data-namesake>
          Another paper of the catalog has this title:{" "}
          <SiteLink href={paperPath(namesake.id)} className={link}>
            {namesake.title}
          </SiteLink>
          .
        </p>
      )}
      {(entry.lastListed ?? []).some((f) => sources.has(f)) && (
        <ul className="mt-3 space-y-1.5">
          {entry.lastListed!.flatMap((f) => {
            const s = sources.get(f);
            return s ? [<li key={f}><SiteLink href={sourcePath(s.slug)} className={link}>{s.name}</SiteLink> <span className="font-mono text-sm text-stone-600 dark:text-stone-400">({f})</span></li>] : [];
          })}
        </ul>
      )}
      <p className="mt-4 max-w-3xl text-sm text-stone-600 dark:text-stone-400">The catalog keeps this address so that links to it still say where the paper went.</p>
    </article>
  );
}
