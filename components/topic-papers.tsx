import { Breadcrumbs } from "@/components/breadcrumbs";
import { FeedLinks } from "@/components/feed-links";
import { Pagination } from "@/components/pagination";
import { PaperList } from "@/components/paper-list";
import { SortNav } from "@/components/sort-nav";
import { paginate, type CatalogView, type TopicSummary } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { homePath, SORT_LABELS, topicPath, topicsPath, type SortKey } from "@/lib/routes";

type Props = { catalog: CatalogView; topic: TopicSummary; sort: SortKey; page: number };

/** A topic's introduction and one page of its papers in one sort order. */
export function TopicPapers({ catalog, topic, sort, page }: Props) {
  const list = paginate(catalog.topicPapers(topic.id, sort), page);
  const last = list.first + list.items.length - 1;
  return (
    <>
      <Breadcrumbs trail={[{ href: homePath(), label: "Home" }, { href: topicsPath(), label: "Topics" }, { href: topicPath(topic.id), label: topic.title }]} />
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{topic.title}</h1>
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{topic.description}</p>
        {topic.intro
          .split(/\n\s*\n/)
          .filter((p) => p.trim() !== "")
          .map((p, i) => (
            <p key={i} className="mt-3 text-stone-700 dark:text-stone-300">
              {p.replace(/\s+/g, " ").trim()}
            </p>
          ))}
        <div className="mt-4 text-sm text-stone-700 dark:text-stone-300">
          <FeedLinks topic={topic.id} label={`Follow ${topic.title}`} />
        </div>
      </header>
      <section aria-labelledby="papers" className="mt-10">
        <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3 border-b border-stone-200 pb-3 dark:border-stone-800">
          <h2 id="papers" className="text-xl font-semibold">
            {plural(topic.count, "paper")}
            {list.pages > 1 && (
              <span className="font-normal text-stone-600 dark:text-stone-400">
                {" "}
                · {list.first}–{last}, {SORT_LABELS[sort].toLowerCase()}
              </span>
            )}
          </h2>
          <SortNav current={sort} href={(s) => topicPath(topic.id, s)} />
        </div>
        {list.items.length === 0 ? (
          <p className="text-stone-700 dark:text-stone-300">No paper is in this topic yet.</p>
        ) : (
          <PaperList papers={list.items} catalog={catalog} start={list.first} />
        )}
        <Pagination page={list.page} pages={list.pages} href={(n) => topicPath(topic.id, sort, n)} label={`Pages of ${topic.title}`} />
      </section>
    </>
  );
}
