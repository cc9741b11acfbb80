import { Breadcrumbs } from "@/components/breadcrumbs";
import { TopicList } from "@/components/topic-list";
import { catalogView } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/page-meta";
import { homePath, topicsPath } from "@/lib/routes";

export function generateMetadata() {
  const { topics, papers } = catalogView();
  return pageMetadata({
    title: "Topics",
    description: `${plural(topics.length, "topic")} covering ${plural(papers.length, "paper")}: ${topics.map((t) => t.title).join(", ")}.`,
    path: topicsPath(),
  });
}

export default function TopicsPage() {
  const catalog = catalogView();
  return (
    <>
      <Breadcrumbs trail={[{ href: homePath(), label: "Home" }, { href: topicsPath(), label: "Topics" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
      <p className="mt-3 max-w-3xl text-lg text-stone-700 dark:text-stone-300">
        Each paper sits in one to three topics, chosen by the phrases its title and abstract use. A paper page says which
        phrases put it where.
      </p>
      <div className="mt-8">
        <TopicList topics={catalog.topics} withDescriptions />
      </div>
    </>
  );
}
