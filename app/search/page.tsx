import { Breadcrumbs } from "@/components/breadcrumbs";
import { Island } from "@/components/islands";
import { catalogView } from "@/lib/catalog-view";
import { pageMetadata } from "@/lib/page-meta";
import { homePath, searchPath } from "@/lib/routes";
import { SEARCH_DIR } from "@/lib/search/options";
import { withBase } from "@/lib/site";
import { preload } from "react-dom";

export const metadata = pageMetadata({
  title: "Search",
  description: "Search every title and abstract in the catalog while you type: word forms, typos, acronyms and exact phrases.",
  path: searchPath(),
});

/** The index files every search reads first, fetched with the page's scripts rather than after them. */
const FIRST_FILES = ["manifest.json", "vocab.json"];

export default function Search() {
  for (const file of FIRST_FILES) preload(withBase(`/${SEARCH_DIR}/${file}`), { as: "fetch", crossOrigin: "anonymous", fetchPriority: "high" });
  const topics = catalogView().topics.map((t) => ({ id: t.id, title: t.title, count: t.count }));
  return (
    <>
      <Breadcrumbs trail={[{ href: homePath(), label: "Home" }, { href: searchPath(), label: "Search" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <div className="mt-6">
        <Island name="SearchPage" props={{ topics }} />
      </div>
    </>
  );
}
