// Each page's title, description, canonical URL and OpenGraph tags; a paper's citation tags and
// its schema.org ScholarlyArticle. URLs are absolute (lib/site.ts), so they respect the base path.
import type { Metadata } from "next";
import { clip } from "./format";
import { readerText } from "./abstract-excerpt";
import { FEED_FORMATS, FEED_LABELS, FEED_TYPES, feedPath } from "./output-paths";
import { paperPath } from "./routes";
import type { LedgerEntry, PaperRecord } from "./schema";
import { absoluteUrl, SITE_NAME } from "./site";

export const DESCRIPTION_LENGTH = 160;

type PageInfo = { title: string; description: string; path: string; type?: "website" | "article"; feedTopic?: { id: string; title: string } };

/** <link rel="alternate"> to each feed of a topic (when given), then of the whole catalog. */
export function feedAlternates(topic?: { id: string; title: string }): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(
    FEED_FORMATS.map((f) => [
      FEED_TYPES[f],
      [
        ...(topic ? [{ url: absoluteUrl(feedPath(f, topic.id)), title: `${topic.title} (${FEED_LABELS[f]})` }] : []),
        { url: absoluteUrl(feedPath(f)), title: `${SITE_NAME} (${FEED_LABELS[f]})` },
      ],
    ]),
  );
}

export function pageMetadata({ title, description, path, type = "website", feedTopic }: PageInfo): Metadata {
  const url = absoluteUrl(path);
  const text = clip(description, DESCRIPTION_LENGTH);
  return {
    title,
    description: text,
    alternates: { canonical: url, types: feedAlternates(feedTopic) },
    openGraph: { type, url, title, description: text, siteName: SITE_NAME, locale: "en" },
    twitter: { card: "summary", title, description: text },
  };
}

export function paperMetadata(paper: PaperRecord): Metadata {
  const base = pageMetadata({ title: paper.title, description: readerText(paper.abstract), path: paperPath(paper.id), type: "article" });
  const citation: Record<string, string> = { citation_title: paper.title };
  if (paper.date) citation.citation_publication_date = paper.date.replaceAll("-", "/");
  return { ...base, other: citation };
}

/**
 * A retired id's page: never indexed. A merged id's canonical URL is the paper it became; a
 * removed id's tombstone is its own.
 */
export function retiredMetadata(entry: LedgerEntry): Metadata {
  const merged = entry.status === "merged";
  const base = pageMetadata({
    title: merged ? `Moved: ${entry.title}` : `Removed: ${entry.title}`,
    description: merged ? `This paper's permalink now leads to ${paperPath(entry.into!)}.` : retiredText(entry),
    path: paperPath(merged ? entry.into! : entry.id),
  });
  return { ...base, robots: { index: false, follow: true } };
}

/**
 * A published topic or listing address the catalog no longer builds as it was: never indexed; its
 * canonical URL is the page it leads to, or its own where the topic or listing is gone.
 */
export function movedMetadata(moved: { path: string; to: string | null; title: string; why: string }): Metadata {
  const base = pageMetadata({ title: moved.to ? `Moved: ${moved.title}` : `Removed: ${moved.title}`, description: moved.why, path: moved.to ?? moved.path });
  return { ...base, robots: { index: false, follow: true } };
}

/** "Removed from the catalog on 2026-02-14; last listed in a.txt and b.txt." */
export function retiredText(entry: LedgerEntry): string {
  const files = entry.lastListed ?? [];
  const listed = files.length === 0 ? "" : `; last listed in ${files.length === 1 ? files[0] : `${files.slice(0, -1).join(", ")} and ${files.at(-1)}`}`;
  return `Removed from the catalog on ${entry.removedOn}${listed}.`;
}

/**
 * The paper as a schema.org ScholarlyArticle. Without its abstract: the page shows it, the meta
 * description starts it, and Google Scholar reads the citation_* tags; a second full copy in every
 * page's HTML would cost more than it tells anyone.
 */
export function scholarlyArticle(paper: PaperRecord, topicTitles: string[]): Record<string, unknown> {
  const sameAs = paper.links.filter((l) => l.kind === "paper").map((l) => l.url);
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    "@id": absoluteUrl(paperPath(paper.id)),
    url: absoluteUrl(paperPath(paper.id)),
    headline: clip(paper.title, 110),
    name: paper.title,
    ...(paper.date ? { datePublished: paper.date } : {}),
    ...(topicTitles.length > 0 ? { about: topicTitles.map((name) => ({ "@type": "Thing", name })) } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: absoluteUrl("/") },
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. "<", ">" and "&" are escaped so no text
 * (a title holding "</script>") can end the block; U+2028/2029 for old JavaScript parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
