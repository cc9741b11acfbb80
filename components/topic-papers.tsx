import { Breadcrumbs } from "@/components/breadcrumbs";
import { FeedLinks } from "@/components/feed-links";
import { Pagination } from "@/components/pagination";
import { PaperList } from "@/components/paper-list";
import { SiteLink } from "@/components/site-link";
import { SortNav } from "@/components/sort-nav";
import { topicWhy } from "@/components/paper-topics";
import { orderPages, paginate, PAGE_SIZE, unknownFrom, type CatalogView, type TopicSummary } from "@/lib/catalog-view";
import type { PaperRecord } from "@/lib/schema";
import { plural } from "@/lib/format";
import { homePath, SORT_LABELS, topicPath, topicsPath, type SortKey } from "@/lib/routes";

const UNKNOWN_LABELS: Record<SortKey, string> = { date: "No date", upvotes: "No upvotes", title: "" };

type Props = { catalog: CatalogView; topic: TopicSummary; sort: SortKey; page: number };

/** A topic's introduction and one page of its papers in one sort order. */
export function TopicPapers({ catalog, topic, sort, page }: Props) {
  const all = catalog.topicPapers(topic.id, sort);
  // Another order than the topic's own lists its first pages (see orderPages).
  const listed = all.slice(0, orderPages(topic, sort) * PAGE_SIZE);
  const list = paginate(listed, page);
  const last = list.first + list.items.length - 1;
  // Papers without a date (newest first) or without upvotes (most upvoted) come after the others,
  // A-Z, under a divider.
  const unknownAt = unknownFrom(all, sort);
  const unknownTotal = all.length - unknownAt;
  const split = Math.min(list.items.length, Math.max(0, unknownAt - (list.first - 1)));
  const why = (p: PaperRecord) => {
    const a = p.topics.find((t) => t.id === topic.id);
    return a ? topicWhy(a) : null;
  };
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
        <div className="mb-6 flex flex-wrap items-start justify-between gap-3 border-b border-stone-200 pb-3 dark:border-stone-800">
          <h2 id="papers" className="text-xl font-semibold">
            {plural(topic.count, "paper")}
            {list.pages > 1 && (
              <span className="font-normal text-stone-600 dark:text-stone-400">
                {" "}
                · {list.first}–{last}, {SORT_LABELS[sort].toLowerCase()}
              </span>
            )}
          </h2>
          <SortNav current={sort} href={(s) => topicPath(topic.id, s, 1, topic.defaultSort)} off={topic.sortsOff} />
        </div>
        {list.items.length === 0 ? (
          <p className="text-stone-700 dark:text-stone-300">No paper is in this topic yet.</p>
        ) : (
          <>
            {split > 0 && <PaperList papers={list.items.slice(0, split)} catalog={catalog} start={list.first} why={why} />}
            {split < list.items.length && (
              <>
                {(split > 0 || list.first > 1) && (
                  <p className="mb-4 mt-2 flex items-center gap-3 text-sm font-medium text-stone-600 dark:text-stone-400" data-divider>
                    <span className="shrink-0">{UNKNOWN_LABELS[sort]} · {plural(unknownTotal, "paper")}, A–Z</span>
                    <span aria-hidden="true" className="h-px flex-1 bg-stone-300 dark:bg-stone-700" />
                  </p>
                )}
                <PaperList papers={list.items.slice(split)} catalog={catalog} start={list.first + split} why={why} />
              </>
            )}
          </>
        )}
        {list.page === list.pages && listed.length < all.length && (
          <p className="muted mt-6 text-sm" data-order-limit>
            {SORT_LABELS[sort]} lists the first {listed.length} of the {plural(all.length, "paper")} in {topic.title}.{" "}
            <SiteLink href={topicPath(topic.id)} className="lnk">
              All {plural(all.length, "paper")}, {SORT_LABELS[topic.defaultSort].toLowerCase()}
            </SiteLink>
          </p>
        )}
        <Pagination page={list.page} pages={list.pages} href={(n) => topicPath(topic.id, sort, n, topic.defaultSort)} label={`Pages of ${topic.title}`} />
      </section>
    </>
  );
}
