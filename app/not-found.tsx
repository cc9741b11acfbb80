import { SearchForm } from "@/components/search-form";
import { SiteLink } from "@/components/site-link";
import { TopicList } from "@/components/topic-list";
import { catalogView } from "@/lib/catalog-view";
import { homePath } from "@/lib/routes";

export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  const catalog = catalogView();
  return (
    <>
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
    </>
  );
}
