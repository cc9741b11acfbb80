import { Breadcrumbs } from "@/components/breadcrumbs";
import { SourceList } from "@/components/source-list";
import { catalogView } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/page-meta";
import { homePath, sourcesPath } from "@/lib/routes";

export function generateMetadata() {
  const { sources } = catalogView();
  return pageMetadata({
    title: "Sources",
    description: `The ${plural(sources.length, "listing")} the catalog was built from, each as it was captured, with every entry linked to its paper.`,
    path: sourcesPath(),
  });
}

export default function SourcesPage() {
  const catalog = catalogView();
  return (
    <>
      <Breadcrumbs trail={[{ href: homePath(), label: "Home" }, { href: sourcesPath(), label: "Sources" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
      <p className="mt-3 max-w-3xl text-lg text-stone-700 dark:text-stone-300">
        Every paper comes from a listing page someone captured as text: daily-paper feeds, search results, reading lists.
        Here is each listing in its captured order.
      </p>
      <div className="mt-8">
        <SourceList sources={catalog.sources} />
      </div>
    </>
  );
}
