// Atom 1.0, RSS 2.0 and JSON Feed 1.1 renderings of a list of papers. Pure and deterministic: the
// feed's "updated" time is the newest date among its papers, never the time of the build.
// Every paper is one entry: its permalink is the id, the abstract is escaped HTML (formulas as
// their TeX source, which reads as written), its topics are categories, its date is given where known.

export type FeedEntry = {
  /** The permalink: an absolute URL, and the entry's stable id. */
  url: string;
  title: string;
  /** The abstract as a reader sees it, one string per paragraph. */
  paragraphs: string[];
  date: string | null;
  categories: { term: string; label: string; url: string }[];
};

export type FeedInfo = {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  atomUrl: string;
  rssUrl: string;
  jsonUrl: string;
  /** The newest date of the whole catalog (or topic), for "updated"; null if no paper has one. */
  updated: string | null;
  /** For categories: the scheme that topic terms belong to. */
  topicsUrl: string;
};

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF); bidi overrides. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Escape for XML text and attribute values (and for HTML, which the same five cover). */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);
}

/** The abstract as safe HTML: one <p> per paragraph, every character of the text escaped. */
export function entryHtml(entry: FeedEntry): string {
  return entry.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("");
}

const EPOCH = "1970-01-01";
const isoTime = (date: string) => `${date}T00:00:00Z`;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** RFC 822 date as RSS wants it: "Thu, 01 Aug 2024 00:00:00 GMT". */
export function rfc822(date: string): string {
  const d = new Date(isoTime(date));
  return `${DAYS[d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 00:00:00 GMT`;
}

/**
 * Atom requires an "updated" time on every entry. A paper whose listing gave no date carries the
 * feed's own updated time, so it is not shown as decades old; its id (the permalink) is what a
 * reader uses to see that it is new.
 */
export function atomFeed(info: FeedInfo, entries: FeedEntry[]): string {
  const feedUpdated = isoTime(info.updated ?? EPOCH);
  const out = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    `  <id>${escapeXml(info.atomUrl)}</id>`,
    `  <title>${escapeXml(info.title)}</title>`,
    `  <subtitle>${escapeXml(info.description)}</subtitle>`,
    `  <updated>${feedUpdated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(info.atomUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(info.pageUrl)}"/>`,
    `  <author><name>Paper Atlas</name><uri>${escapeXml(info.pageUrl)}</uri></author>`,
    `  <generator>Paper Atlas</generator>`,
  ];
  for (const e of entries) {
    out.push(
      `  <entry>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title type="text">${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${e.date ? isoTime(e.date) : feedUpdated}</updated>`,
      ...(e.date ? [`    <published>${isoTime(e.date)}</published>`] : []),
      ...e.categories.map((c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}" scheme="${escapeXml(info.topicsUrl)}"/>`),
      `    <content type="html">${escapeXml(entryHtml(e))}</content>`,
      `  </entry>`,
    );
  }
  out.push(`</feed>`, "");
  return out.join("\n");
}

export function rssFeed(info: FeedInfo, entries: FeedEntry[]): string {
  const out = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">`,
    `  <channel>`,
    `    <title>${escapeXml(info.title)}</title>`,
    `    <link>${escapeXml(info.pageUrl)}</link>`,
    `    <description>${escapeXml(info.description)}</description>`,
    `    <language>en</language>`,
    `    <atom:link href="${escapeXml(info.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(info.updated ? [`    <lastBuildDate>${rfc822(info.updated)}</lastBuildDate>`] : []),
  ];
  for (const e of entries) {
    out.push(
      `    <item>`,
      `      <title>${escapeXml(e.title)}</title>`,
      `      <link>${escapeXml(e.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(e.url)}</guid>`,
      ...(e.date ? [`      <pubDate>${rfc822(e.date)}</pubDate>`] : []),
      ...e.categories.map((c) => `      <category domain="${escapeXml(info.topicsUrl)}">${escapeXml(c.label)}</category>`),
      `      <description>${escapeXml(entryHtml(e))}</description>`,
      `    </item>`,
    );
  }
  out.push(`  </channel>`, `</rss>`, "");
  return out.join("\n");
}

export function jsonFeed(info: FeedInfo, entries: FeedEntry[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: cleanText(info.title),
    home_page_url: info.pageUrl,
    feed_url: info.jsonUrl,
    description: cleanText(info.description),
    language: "en",
    authors: [{ name: "Paper Atlas", url: info.pageUrl }],
    items: entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: cleanText(e.title),
      content_html: entryHtml(e),
      ...(e.date ? { date_published: isoTime(e.date) } : {}),
      tags: e.categories.map((c) => cleanText(c.label)),
    })),
  };
  return `${JSON.stringify(feed, null, 1)}\n`;
}
