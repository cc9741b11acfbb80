import { TopicChips } from "@/components/topic-chips";
import type { PaperTopic } from "@/lib/catalog-view";
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
  // Each chip gets only what it shows.
  return <TopicChips items={topics.map((t) => ({ id: t.id, title: t.topic.title, why: topicWhy(t) }))} />;
}
