// GET handlers of the static files in lib/outputs.ts. Each route file is three lines: it names its
// format and exports `dynamic = "force-static"` (and, under /topics/<id>/, generateStaticParams),
// so `next build` with output: "export" writes the response into out/ as a plain file.
import { catalogView, type TopicSummary } from "./catalog-view";
import { formerTopicIds, movedPages, pagePath } from "./published";
import { EXPORT_TYPES, FEED_TYPES, type ExportFormat, type FeedFormat } from "./output-paths";
import { exportFile, feed, schemaFile } from "./outputs";

type TopicParams = { params: Promise<{ topic: string }> };

function respond(body: string, type: string): Response {
  return new Response(body, { headers: { "Content-Type": type.includes("charset") ? type : `${type}; charset=utf-8` } });
}

/**
 * The topic whose feeds and downloads an address serves: the topic, the topic it was renamed to, or
 * for a topic that is gone, an empty one under its old title (a feed reader sees no new entries).
 */
async function topicOf({ params }: TopicParams): Promise<TopicSummary> {
  const id = (await params).topic;
  const catalog = catalogView();
  const topic = catalog.topic(id) ?? catalog.formerTopic(id);
  if (topic) return topic;
  const gone = movedPages(catalog).get(pagePath("topics", id, []));
  if (!gone) throw new Error(`no topic ${id}`);
  return { id, title: gone.title, description: gone.why, intro: "", count: 0, defaultSort: "title", sortsOff: {} };
}

/** Every topic's id, and those of topics renamed or removed since their feeds were published. */
export const topicParams = () => {
  const catalog = catalogView();
  return [...catalog.topics.map((t) => t.id), ...formerTopicIds(catalog)].map((topic) => ({ topic }));
};

export const feedRoute = (format: FeedFormat) => () => respond(feed(catalogView(), format), FEED_TYPES[format]);
export const exportRoute = (format: ExportFormat) => () => respond(exportFile(catalogView(), format), EXPORT_TYPES[format]);
export const schemaRoute = () => () => respond(schemaFile(), "application/schema+json");

export const topicFeedRoute = (format: FeedFormat) => async (_: Request, ctx: TopicParams) =>
  respond(feed(catalogView(), format, await topicOf(ctx)), FEED_TYPES[format]);
export const topicExportRoute = (format: ExportFormat) => async (_: Request, ctx: TopicParams) =>
  respond(exportFile(catalogView(), format, await topicOf(ctx)), EXPORT_TYPES[format]);
