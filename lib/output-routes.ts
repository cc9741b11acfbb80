// GET handlers of the static files in lib/outputs.ts. Each route file is three lines: it names its
// format and exports `dynamic = "force-static"` (and, under /topics/<id>/, generateStaticParams),
// so `next build` with output: "export" writes the response into out/ as a plain file.
import { catalogView } from "./catalog-view";
import { EXPORT_TYPES, FEED_TYPES, type ExportFormat, type FeedFormat } from "./output-paths";
import { exportFile, feed, schemaFile } from "./outputs";

type TopicParams = { params: Promise<{ topic: string }> };

function respond(body: string, type: string): Response {
  return new Response(body, { headers: { "Content-Type": type.includes("charset") ? type : `${type}; charset=utf-8` } });
}

async function topicOf({ params }: TopicParams) {
  const id = (await params).topic;
  const topic = catalogView().topic(id);
  if (!topic) throw new Error(`no topic ${id}`);
  return topic;
}

export const topicParams = () => catalogView().topics.map((t) => ({ topic: t.id }));

export const feedRoute = (format: FeedFormat) => () => respond(feed(catalogView(), format), FEED_TYPES[format]);
export const exportRoute = (format: ExportFormat) => () => respond(exportFile(catalogView(), format), EXPORT_TYPES[format]);
export const schemaRoute = () => () => respond(schemaFile(), "application/schema+json");

export const topicFeedRoute = (format: FeedFormat) => async (_: Request, ctx: TopicParams) =>
  respond(feed(catalogView(), format, await topicOf(ctx)), FEED_TYPES[format]);
export const topicExportRoute = (format: ExportFormat) => async (_: Request, ctx: TopicParams) =>
  respond(exportFile(catalogView(), format, await topicOf(ctx)), EXPORT_TYPES[format]);
