import { SiteLink } from "@/components/site-link";
import type { PaperTopic } from "@/lib/catalog-view";
import { topicPath } from "@/lib/routes";

function why(t: PaperTopic): string {
  if (t.by === "curator") return "Placed here by a curator.";
  if (t.by === "fallback") return "Matches no topic yet.";
  return `Matched ${t.terms.map((x) => `\u201c${x}\u201d`).join(", ")}.`;
}

/** The paper's topics and why it sits in each: the phrases that matched, or a curator's hand. */
export function PaperTopics({ topics }: { topics: PaperTopic[] }) {
  if (topics.length === 0) return <p className="text-stone-700 dark:text-stone-300">Not in any topic yet.</p>;
  return (
    <ul className="space-y-2">
      {topics.map((t) => (
        <li key={t.id}>
          <SiteLink href={topicPath(t.id)} className="font-medium text-indigo-700 underline dark:text-indigo-300">
            {t.topic.title}
          </SiteLink>
          <p className="text-sm text-stone-600 dark:text-stone-400">{why(t)}</p>
        </li>
      ))}
    </ul>
  );
}
