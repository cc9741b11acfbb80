import { PaperList } from "@/components/paper-list";
import { SiteLink } from "@/components/site-link";
import { SourceList } from "@/components/source-list";
import { TopicList } from "@/components/topic-list";
import { catalogView } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/page-meta";
import { sourcesPath, topicsPath } from "@/lib/routes";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

export const metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: "/" }),
  title: { absolute: `${SITE_NAME}: research-paper abstracts by topic` },
};

export default function HomePage() {
  const catalog = catalogView();
  return (
    <>
      <section aria-labelledby="intro" className="max-w-3xl">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">Research-paper abstracts, by topic</h1>
        <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
          {SITE_NAME} collects {plural(catalog.papers.length, "paper")} from{" "}
          <SiteLink href={sourcesPath()} className="text-indigo-700 underline dark:text-indigo-300">
            {plural(catalog.sources.length, "captured listing")}
          </SiteLink>{" "}
          and sorts them into {plural(catalog.topics.length, "topic")}. Every paper has a permanent page with its abstract,
          its links, where it was listed and the papers most like it. Search every title and abstract from the box at the top.
        </p>
      </section>

      <section aria-labelledby="topics" className="mt-12">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="topics" className="text-2xl font-semibold tracking-tight">Topics</h2>
          <SiteLink href={topicsPath()} className="text-sm text-indigo-700 underline dark:text-indigo-300">
            All topics with descriptions
          </SiteLink>
        </div>
        <div className="mt-4">
          <TopicList topics={catalog.topics} />
        </div>
      </section>

      <div className="mt-12 grid gap-12 lg:grid-cols-2">
        {catalog.mostUpvoted.length > 0 ? (
          <section aria-labelledby="upvoted">
            <h2 id="upvoted" className="mb-4 text-2xl font-semibold tracking-tight">Most upvoted</h2>
            <PaperList papers={catalog.mostUpvoted} catalog={catalog} withExcerpt={false} />
          </section>
        ) : (
          // Too few upvotes to rank papers by: the listings the catalog came from instead.
          <section aria-labelledby="listings">
            <h2 id="listings" className="mb-4 text-2xl font-semibold tracking-tight">Listings</h2>
            <SourceList sources={catalog.sources} />
          </section>
        )}
        {catalog.mostRecent.length > 0 && (
          <section aria-labelledby="recent">
            <h2 id="recent" className="mb-4 text-2xl font-semibold tracking-tight">Most recent</h2>
            <PaperList papers={catalog.mostRecent} catalog={catalog} withExcerpt={false} />
          </section>
        )}
      </div>
    </>
  );
}
