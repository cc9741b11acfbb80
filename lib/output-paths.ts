// Site paths, formats and labels of the feeds and data exports (lib/outputs.ts makes the files).
// Apart from the renderers so that pages linking to them import only these few constants.
import { topicPath } from "./routes";

export const FEED_FORMATS = ["atom", "rss", "json"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
export const EXPORT_FORMATS = ["json", "csv", "bib"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FEED_FILES: Record<FeedFormat, string> = { atom: "atom.xml", rss: "rss.xml", json: "feed.json" };
export const FEED_TYPES: Record<FeedFormat, string> = { atom: "application/atom+xml", rss: "application/rss+xml", json: "application/feed+json" };
export const FEED_LABELS: Record<FeedFormat, string> = { atom: "Atom", rss: "RSS", json: "JSON Feed" };
export const EXPORT_TYPES: Record<ExportFormat, string> = { json: "application/json", csv: "text/csv; charset=utf-8", bib: "application/x-bibtex" };
export const EXPORT_LABELS: Record<ExportFormat, string> = { json: "JSON", csv: "CSV", bib: "BibTeX" };

/** "/atom.xml", or "/topics/<id>/atom.xml" for a topic. Bare site paths, like lib/routes.ts. */
export function feedPath(format: FeedFormat, topic?: string): string {
  return `${topic ? topicPath(topic) : "/"}${FEED_FILES[format]}`;
}

/** "/papers.csv", or "/topics/<id>/papers.csv" for a topic. */
export function exportPath(format: ExportFormat, topic?: string): string {
  return `${topic ? topicPath(topic) : "/"}papers.${format}`;
}

export const schemaPath = () => "/papers.schema.json";
