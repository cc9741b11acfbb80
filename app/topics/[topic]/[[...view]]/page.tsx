import { notFound } from "next/navigation";
import { TopicPapers } from "@/components/topic-papers";
import { catalogView } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/page-meta";
import { parseTopicView, SORT_LABELS, topicPath, topicViewSegments } from "@/lib/routes";
import { topicViews } from "@/lib/site-paths";

type Props = { params: Promise<{ topic: string; view?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return topicViews(catalogView()).map((v) => ({ topic: v.topic, view: topicViewSegments(v.sort, v.page, v.defaultSort) }));
}

async function resolve({ params }: Props) {
  const { topic: id, view = [] } = await params;
  const topic = catalogView().topic(id);
  const parsed = topic && parseTopicView(view, topic.defaultSort);
  if (!topic || !parsed || topic.sortsOff[parsed.sort] !== undefined) notFound();
  return { topic, ...parsed };
}

export async function generateMetadata(props: Props) {
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
  const { topic, sort, page } = await resolve(props);
  return <TopicPapers catalog={catalogView()} topic={topic} sort={sort} page={page} />;
}
