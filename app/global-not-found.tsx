import "katex/dist/katex.min.css";
import "./globals.css";
import { SearchForm } from "@/components/search-form";
import { SiteLink } from "@/components/site-link";
import { SiteShell } from "@/components/site-shell";
import { TopicList } from "@/components/topic-list";
import { catalogView } from "@/lib/catalog-view";
import { homePath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";
import { metadata as rootMetadata, viewport as rootViewport } from "./layout";

// The 404 page (out/404.html) for every address the catalog does not have. It is a global
// not-found page (experimental.globalNotFound), rendered outside the root layout, so its topic
// list is not carried in every other page's payload as the layout's not-found boundary.
export const metadata = { ...rootMetadata, title: `Page not found · ${SITE_NAME}`, robots: { index: false } };
export const viewport = rootViewport;

export default function NotFound() {
  const catalog = catalogView();
  return (
    <SiteShell>
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 max-w-2xl text-lg text-stone-700 dark:text-stone-300">
        There is no page at this address. Paper addresses never change, so a link from elsewhere may have been mistyped.
        Search for the paper, pick a topic, or go to the{" "}
        <SiteLink href={homePath()} className="text-indigo-700 underline dark:text-indigo-300">
          home page
        </SiteLink>
        .
      </p>
      <div className="mt-6 max-w-xl">
        <SearchForm id="not-found-search" name="Find the paper" large />
      </div>
      <section aria-labelledby="topics" className="mt-10">
        <h2 id="topics" className="mb-4 text-2xl font-semibold tracking-tight">Topics</h2>
        <TopicList topics={catalog.topics} />
      </section>
    </SiteShell>
  );
}
