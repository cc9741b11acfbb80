// Every static page of the site: what generateStaticParams builds and the sitemap lists.
import { orderPages, type CatalogView } from "./catalog-view";
import { homePath, paperPath, sourcePath, sourcesPath, SORTS, topicPath, topicsPath, type SortKey } from "./routes";

export type TopicView = { topic: string; sort: SortKey; page: number; defaultSort: SortKey };
export type SourceView = { slug: string; page: number };

/** Each topic in each sort order that means something for it, one view per page of at most PAGE_SIZE papers. */
export function topicViews(catalog: CatalogView): TopicView[] {
  return catalog.topics.flatMap((t) =>
    SORTS.filter((sort) => t.sortsOff[sort] === undefined).flatMap((sort) =>
      Array.from({ length: orderPages(t, sort) }, (_, i) => ({ topic: t.id, sort, page: i + 1, defaultSort: t.defaultSort })),
    ),
  );
}

export function sourceViews(catalog: CatalogView): SourceView[] {
  return catalog.sources.flatMap((s) => Array.from({ length: s.pages }, (_, i) => ({ slug: s.slug, page: i + 1 })));
}

/** The path of every topic page and every listing page (the addresses content/published.jsonl keeps). */
export function topicAndSourcePaths(catalog: CatalogView): { topics: string[]; sources: string[] } {
  return {
    topics: topicViews(catalog).map((v) => topicPath(v.topic, v.sort, v.page, v.defaultSort)),
    sources: sourceViews(catalog).map((v) => sourcePath(v.slug, v.page)),
  };
}

export function sitePaths(catalog: CatalogView): string[] {
  const { topics, sources } = topicAndSourcePaths(catalog);
  return [homePath(), topicsPath(), ...topics, ...catalog.papers.map((p) => paperPath(p.id)), sourcesPath(), ...sources];
}
