import { SiteLink } from "@/components/site-link";
import { sectionHome, type MovedPage as Moved } from "@/lib/published";
import { withBase } from "@/lib/site";

const link = "text-indigo-700 underline dark:text-indigo-300";

/**
 * A topic or listing address published earlier that the catalog no longer builds as it was: it leads
 * on to the page it became (a link, and a refresh for browsers), or says the topic or listing is gone.
 */
export function MovedPage({ moved }: { moved: Moved }) {
  const home = sectionHome(moved.section);
  if (moved.to !== null) {
    return (
      <article>
        <meta httpEquiv="refresh" content={`0; url=${withBase(moved.to)}`} />
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">This page has moved</h1>
        <p className="mt-4 max-w-3xl" data-moved-why>{moved.why}</p>
        <p className="mt-4 max-w-3xl">
          It is now at{" "}
          <SiteLink href={moved.to} className={link} data-moved-to>
            {moved.to}
          </SiteLink>
          .
        </p>
      </article>
    );
  }
  return (
    <article>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{moved.title}</h1>
      <p className="mt-4 max-w-3xl" data-tombstone>{moved.why}</p>
      <p className="mt-4 max-w-3xl">
        <SiteLink href={home.href} className={link}>
          {home.label}
        </SiteLink>
      </p>
      <p className="mt-4 max-w-3xl text-sm text-stone-600 dark:text-stone-400">The catalog keeps this address so that links to it still say what became of it.</p>
    </article>
  );
}
