import { SiteLink } from "@/components/site-link";
import type { TopicSummary } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { topicPath } from "@/lib/routes";

/** Every topic with its paper count; with descriptions on the topics index. */
export function TopicList({ topics, withDescriptions = false }: { topics: TopicSummary[]; withDescriptions?: boolean }) {
  return (
    <ul className={withDescriptions ? "grid gap-4 sm:grid-cols-2" : "grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3"}>
      {topics.map((t) => (
        <li key={t.id} className={withDescriptions ? "rounded-lg border border-stone-200 p-4 dark:border-stone-800" : undefined}>
          <SiteLink href={topicPath(t.id)} className="group flex items-baseline justify-between gap-3 py-1">
            <span className="font-medium text-indigo-700 group-hover:underline dark:text-indigo-300">{t.title}</span>
            <span className="shrink-0 text-sm tabular-nums text-stone-600 dark:text-stone-400">{plural(t.count, "paper")}</span>
          </SiteLink>
          {withDescriptions && <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{t.description}</p>}
        </li>
      ))}
    </ul>
  );
}
