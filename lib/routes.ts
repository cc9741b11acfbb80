// Every site path in one place. Paths are bare ("/papers/x/"); SiteLink and withBase add the base path and
// lib/site.ts turns them into absolute URLs. Trailing slashes match next.config.ts.
//
//   /topics/<id>/                       the topic's default order, page 1
//   /topics/<id>/page/2/                the topic's default order, page 2
//   /topics/<id>/by/upvotes/            most upvoted first, page 1
//   /topics/<id>/by/title/page/3/       A-Z, page 3
// Each topic has its own default order (newest first where its papers have dates; see
// lib/catalog-view.ts): the functions below take it as `defaultSort`.
//   /sources/<file>/  /sources/<file>/page/2/

export const SORTS = ["date", "upvotes", "title"] as const;
export type SortKey = (typeof SORTS)[number];
export const DEFAULT_SORT: SortKey = "date";

export const SORT_LABELS: Record<SortKey, string> = {
  date: "Newest",
  upvotes: "Most upvoted",
  title: "Title A\u2013Z",
};

export const homePath = () => "/";
export const topicsPath = () => "/topics/";
export const sourcesPath = () => "/sources/";
export const searchPath = () => "/search/";
export const paperPath = (id: string) => `/papers/${id}/`;

/** The path segments after /topics/<id>/ for a sort order and page; [] for the default view. */
export function topicViewSegments(sort: SortKey, page: number, defaultSort: SortKey = DEFAULT_SORT): string[] {
  const segments = sort === defaultSort ? [] : ["by", sort];
  return page > 1 ? [...segments, "page", String(page)] : segments;
}

/** The inverse of topicViewSegments; null for anything it would not produce. */
export function parseTopicView(segments: string[], defaultSort: SortKey = DEFAULT_SORT): { sort: SortKey; page: number } | null {
  let rest = segments;
  let sort: SortKey = defaultSort;
  if (rest[0] === "by") {
    const s = SORTS.find((x) => x === rest[1]);
    if (!s || s === defaultSort) return null;
    sort = s;
    rest = rest.slice(2);
  }
  let page = 1;
  if (rest[0] === "page") {
    if (!/^[1-9]\d*$/.test(rest[1] ?? "") || rest[1] === "1") return null;
    page = Number(rest[1]);
    rest = rest.slice(2);
  }
  return rest.length === 0 ? { sort, page } : null;
}

/** A topic page; without `sort`, the topic's default order. */
export function topicPath(id: string, sort?: SortKey, page = 1, defaultSort: SortKey = DEFAULT_SORT): string {
  return ["", "topics", id, ...topicViewSegments(sort ?? defaultSort, page, defaultSort), ""].join("/");
}

/** The page number in /sources/<file>/page/<n>/ segments; null for anything else. */
export function parseSourceView(segments: string[]): number | null {
  if (segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === "page" && /^[1-9]\d*$/.test(segments[1]!) && segments[1] !== "1") return Number(segments[1]);
  return null;
}

export function sourceViewSegments(page: number): string[] {
  return page > 1 ? ["page", String(page)] : [];
}

export function sourcePath(slug: string, page = 1): string {
  return page > 1 ? `/sources/${slug}/page/${page}/` : `/sources/${slug}/`;
}

/** The anchor of a listing entry on its source page: "line-135". */
export const entryAnchor = (line: number) => `line-${line}`;
