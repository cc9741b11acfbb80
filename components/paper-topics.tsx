import { SiteLink } from "@/components/site-link";
import { WhyTip } from "@/components/why-tip";
import type { PaperTopic } from "@/lib/catalog-view";
import { topicPath } from "@/lib/routes";
import type { TopicAssignment } from "@/lib/schema";

/** Why a paper sits in a topic: the phrases that matched, or a curator's hand. */
export function topicWhy(t: Pick<TopicAssignment, "by" | "terms">): string {
  if (t.by === "curator") return "Placed here by a curator.";
  if (t.by === "fallback") return "Matches no topic yet.";
  return `Matched ${t.terms.map((x) => `\u201c${x}\u201d`).join(", ")}.`;
}

/** The paper's topics as chips; each says why the paper is in it on hover or focus. */
export function PaperTopics({ topics }: { topics: PaperTopic[] }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label="Topics" className="flex flex-wrap gap-2">
      {topics.map((t) => (
        <li key={t.id} className="group relative">
          <SiteLink
            href={topicPath(t.id)}
            aria-describedby={`why-${t.id}`}
            className="inline-flex min-h-8 items-center rounded-full border border-indigo-200 bg-indigo-50 px-3 text-sm font-medium text-indigo-800 hover:border-indigo-700 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-200 dark:hover:border-indigo-300"
          >
            {t.topic.title}
          </SiteLink>
          <WhyTip id={`why-${t.id}`}>{topicWhy(t)}</WhyTip>
        </li>
      ))}
    </ul>
  );
}
