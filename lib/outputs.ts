// The files made at build time beside the pages: feeds (Atom, RSS, JSON Feed) and data exports
// (JSON, its JSON Schema, CSV, BibTeX), for the whole catalog and for each topic. Everything comes
// from the one catalog view (lib/content.ts underneath); each file grows linearly with the papers
// it holds, and feeds hold at most FEED_SIZE entries (a topic's TOPIC_FEED_SIZE).
import { readerText } from "./abstract-excerpt";
import type { CatalogView, TopicSummary } from "./catalog-view";
import { bibtexEntry, bibtexFile, type CiteSource } from "./cite";
import { papersCsv, papersJson, papersJsonSchema } from "./exports";
import { FEED_SIZE, newestEntries, TOPIC_FEED_SIZE } from "./feed-order";
import { atomFeed, jsonFeed, rssFeed, type FeedEntry, type FeedInfo } from "./feeds";
import { exportPath, feedPath, schemaPath, type ExportFormat, type FeedFormat } from "./output-paths";
import { homePath, paperPath, topicPath, topicsPath } from "./routes";
import type { PaperRecord } from "./schema";
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from "./site";

function scope(catalog: CatalogView, topic?: TopicSummary): { papers: PaperRecord[]; title: string; description: string; page: string; feedSize: number } {
  if (!topic) return { papers: catalog.papers, title: SITE_NAME, description: SITE_DESCRIPTION, page: homePath(), feedSize: FEED_SIZE };
  return {
    papers: catalog.topicPapers(topic.id, "date"),
    title: `${SITE_NAME}: ${topic.title}`,
    description: topic.description,
    page: topicPath(topic.id),
    feedSize: TOPIC_FEED_SIZE,
  };
}

function newestDate(papers: PaperRecord[]): string | null {
  let best: string | null = null;
  for (const p of papers) if (p.date !== null && (best === null || p.date > best)) best = p.date;
  return best;
}

export function feed(catalog: CatalogView, format: FeedFormat, topic?: TopicSummary): string {
  const s = scope(catalog, topic);
  const info: FeedInfo = {
    title: s.title,
    description: s.description,
    pageUrl: absoluteUrl(s.page),
    atomUrl: absoluteUrl(feedPath("atom", topic?.id)),
    rssUrl: absoluteUrl(feedPath("rss", topic?.id)),
    jsonUrl: absoluteUrl(feedPath("json", topic?.id)),
    updated: newestDate(s.papers),
    topicsUrl: absoluteUrl(topicsPath()),
  };
  const entries: FeedEntry[] = newestEntries(s.papers, catalog.entryOrder, s.feedSize).map((p) => ({
    url: absoluteUrl(paperPath(p.id)),
    title: p.title,
    paragraphs: readerText(p.abstract).split("\n\n"),
    date: p.date,
    categories: catalog.paperTopics(p).map((t) => ({ term: t.id, label: t.topic.title, url: absoluteUrl(topicPath(t.id)) })),
  }));
  return format === "atom" ? atomFeed(info, entries) : format === "rss" ? rssFeed(info, entries) : jsonFeed(info, entries);
}

const permalink = (p: PaperRecord) => absoluteUrl(paperPath(p.id));

/** The listings a paper was found in, for the note of its citation. */
export function citeSources(catalog: CatalogView, paper: PaperRecord): CiteSource[] {
  return catalog.locations(paper).map((l) => ({ file: l.file, heading: l.source.heading }));
}

export function exportFile(catalog: CatalogView, format: ExportFormat, topic?: TopicSummary): string {
  const s = scope(catalog, topic);
  const papers = topic ? [...s.papers].sort((a, b) => (a.id < b.id ? -1 : 1)) : s.papers;
  if (format === "json") return papersJson(s.title, absoluteUrl(schemaPath()), papers, permalink);
  if (format === "csv") return papersCsv(papers, permalink);
  return bibtexFile(papers.map((p) => bibtexEntry(p, permalink(p), citeSources(catalog, p))));
}

export function schemaFile(): string {
  return papersJsonSchema(absoluteUrl(schemaPath()));
}
