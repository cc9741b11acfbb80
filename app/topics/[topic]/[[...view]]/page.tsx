import { notFound } from "next/navigation";
import { MovedPage } from "@/components/moved-page";
import { TopicPapers } from "@/components/topic-papers";
import { catalogView, orderPages } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { movedMetadata, pageMetadata } from "@/lib/page-meta";
import { movedPages, pagePath } from "@/lib/published";
import { parseTopicView, SORT_LABELS, topicPath, topicViewSegments } from "@/lib/routes";
import { topicViews } from "@/lib/site-paths";

type Props = { params: Promise<{ topic: string; view?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = catalogView();
  return [
    ...topicViews(catalog).map((v) => ({ topic: v.topic, view: topicViewSegments(v.sort, v.page, v.defaultSort) })),
    // Addresses published earlier that now lead on, or say the topic is gone (lib/published.ts).
    ...[...movedPages(catalog).values()].filter((m) => m.section === "topics").map((m) => ({ topic: m.id, view: m.segments })),
  ];
}

async function movedFrom({ params }: Props) {
  const { topic: id, view = [] } = await params;
  return movedPages(catalogView()).get(pagePath("topics", id, view));
}

async function resolve({ params }: Props) {
  const { topic: id, view = [] } = await params;
  const topic = catalogView().topic(id);
  const parsed = topic && parseTopicView(view, topic.defaultSort);
  if (!topic || !parsed || topic.sortsOff[parsed.sort] !== undefined || parsed.page > orderPages(topic, parsed.sort)) notFound();
  return { topic, ...parsed };
}

export async function generateMetadata(props: Props) {
  const moved = await movedFrom(props);
  if (moved) return movedMetadata(moved);
  const { topic, sort, page } = await resolve(props);
  const variant = [sort !== topic.defaultSort && SORT_LABELS[sort].toLowerCase(), page > 1 && `page ${page}`].filter(Boolean).join(", ");
  return pageMetadata({
    title: variant ? `${topic.title} (${variant})` : topic.title,
    description: `${plural(topic.count, "paper")} on ${topic.title.toLowerCase()}. ${topic.description}`,
    path: topicPath(topic.id, sort, page, topic.defaultSort),
    feedTopic: topic,
  });
}

export default async function TopicPage(props: Props) {
  const moved = await movedFrom(props);
  if (moved) return <MovedPage moved={moved} />;
  const { topic, sort, page } = await resolve(props);
  return <TopicPapers catalog={catalogView()} topic={topic} sort={sort} page={page} />;
}
