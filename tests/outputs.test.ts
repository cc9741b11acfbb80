// Feeds and exports, parsed with a real parser for each format: Atom and RSS with
// @rowanmanning/feed-parser (and the XML checked for well-formedness), JSON Feed with
// @extractus/feed-extractor, BibTeX with @retorquere/bibtex-parser, CSV with csv-parse,
// papers.json against the JSON Schema that papers.schema.json publishes (ajv).
import { extractFromJson } from "@extractus/feed-extractor";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parseFeed } from "@rowanmanning/feed-parser";
import Ajv2020 from "ajv/dist/2020.js";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildCatalogView, catalogView } from "@/lib/catalog-view";
import { readLedger, readListings, readPapers, readTopics } from "@/lib/content";
import { csvCell, CSV_COLUMNS, PapersExportSchema } from "@/lib/exports";
import { FEED_SIZE, TOPIC_FEED_SIZE } from "@/lib/feed-order";
import { exportFile, feed, schemaFile } from "@/lib/outputs";
import { paperPath } from "@/lib/routes";
import type { Listing, PaperRecord, TopicRecord } from "@/lib/schema";
import { absoluteUrl } from "@/lib/site";
import { paperRecord } from "./paper-record";

const real = catalogView();
const biggest = [...real.topics].sort((a, b) => b.count - a.count)[0]!;
const small = [...real.topics].sort((a, b) => a.count - b.count)[0]!;

const paper = (id: string, fields: Partial<PaperRecord> = {}) =>
  paperRecord(id, { sources: [{ file: "hostile.txt", line: 1 }], topics: [{ id: "odd", score: 8, terms: ["odd"], by: "match" }], abstract: `An abstract about ${id}.`, ...fields });

/** Text that breaks naive writers: markup, CDATA ends, TeX specials, formulas, controls, quotes. */
const HOSTILE_TITLE = `</title><script>alert(1)</script> ]]> 50% of {x} & $k$ #1 ~ ^ _ \\input{/etc/passwd} "q" \u001b[31m`;
const hostile = buildCatalogView({
  papers: [
    paper("hostile-one", {
      title: HOSTILE_TITLE,
      abstract: `We show <img src=x onerror=alert(1)> that $\\sum_i x_i^2 < 1$ holds.\n\nA second paragraph with ]]> and \u0007 and "=cmd|' /C calc'!A0".`,
      date: "2024-02-29",
    }),
    paper("formula-title", { title: "=HYPERLINK(\"http://evil.example\",\"click\")", abstract: "+SUM(A1:A9) starts this abstract, with a, comma\nand a newline." }),
    paper("undated", { title: "-2+3 @user", abstract: "@SUM(1) no date here." }),
  ],
  topics: [{ id: "odd", title: "Odd & <Strange>", description: "Hostile \"text\".", terms: [{ term: "odd", weight: 1 }], exclude: [], formerly: [], intro: "" } satisfies TopicRecord],
  listings: [
    {
      file: "hostile.txt",
      kind: "collection",
      heading: "Heading {with} $pecial% chars",
      pageDate: null,
      year: null,
      entries: [
        { line: 1, paper: "formula-title", title: null },
        { line: 1, paper: "hostile-one", title: null },
        { line: 1, paper: "undated", title: null },
      ],
    } satisfies Listing,
  ],
});

/** Each entry's HTML content as the XML holds it (XML entities decoded once, HTML ones kept). */
function contentHtml(xml: string, format: "atom" | "rss"): string[] {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "item" }).parse(xml);
  return format === "atom" ? doc.feed.entry.map((e: { content: { "#text": string } }) => e.content["#text"]) : doc.rss.channel.item.map((i: { description: string }) => i.description);
}

function wellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
}

describe("Atom and RSS feeds", () => {
  for (const format of ["atom", "rss"] as const) {
    it(`${format}: the catalog feed parses, holds the newest ${FEED_SIZE} papers, each with its permalink as id`, () => {
      const xml = feed(real, format);
      wellFormed(xml);
      const parsed = parseFeed(xml);
      expect(parsed.meta.type).toBe(format);
      expect(parsed.items).toHaveLength(Math.min(FEED_SIZE, real.papers.length));
      const ids = parsed.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of parsed.items) {
        const p = real.paper(item.id!.replace(absoluteUrl("/papers/"), "").replace(/\/$/, ""))!;
        expect(item.id).toBe(absoluteUrl(paperPath(p.id)));
        expect(item.url).toBe(item.id);
        expect(item.title).toBe(p.title);
        expect(item.categories.map((c) => c.label ?? c.term)).toEqual(real.paperTopics(p).map((t) => (format === "atom" ? t.topic.title : t.topic.title)));
        if (p.date) expect(item.published?.toISOString().slice(0, 10)).toBe(p.date);
      }
      // Newest in the catalog first: by the ledger's entry order.
      const seq = new Map(readLedger().map((e) => [e.id, e.seq]));
      const order = parsed.items.map((i) => seq.get(i.id!.split("/").at(-2)!)!);
      expect(order).toEqual([...order].sort((a, b) => b - a));
    });

    it(`${format}: every topic feed parses and holds that topic's newest papers only`, () => {
      for (const t of real.topics) {
        const xml = feed(real, format, t);
        wellFormed(xml);
        const parsed = parseFeed(xml);
        expect(parsed.meta.type).toBe(format);
        expect(parsed.items).toHaveLength(Math.min(TOPIC_FEED_SIZE, t.count));
        for (const i of parsed.items) expect(real.topicPapers(t.id, "date").some((p) => absoluteUrl(paperPath(p.id)) === i.id)).toBe(true);
      }
    });

    it(`${format}: hostile titles and abstracts come through as text, and the XML stays well-formed`, () => {
      const xml = feed(hostile, format);
      wellFormed(xml);
      expect(xml).not.toContain("<script>");
      expect(xml).not.toContain("\u001b");
      const parsed = parseFeed(xml);
      expect(parsed.items).toHaveLength(3);
      const one = parsed.items.find((i) => i.id!.includes("hostile-one"))!;
      expect(one.title).toBe(HOSTILE_TITLE.replace("\u001b", ""));
      // The content, read as XML, is HTML whose text is the abstract: the <img> is text, not an element.
      const html = contentHtml(xml, format).find((h) => h.includes("We show"))!;
      expect(html).toContain("<p>We show &lt;img src=x onerror=alert(1)&gt; that \\sum_i x_i^2 &lt; 1 holds.</p><p>A second paragraph");
      // The undated paper comes last, without a date of its own in RSS.
      expect(parsed.items.at(-1)!.id).toContain("undated");
      if (format === "rss") expect(parsed.items.at(-1)!.published).toBeNull();
    });
  }
});

describe("JSON Feed", () => {
  it("every topic's JSON Feed parses, with that topic's papers", () => {
    for (const t of real.topics) {
      const parsed = extractFromJson(feed(real, "json", t));
      expect(parsed.entries).toHaveLength(Math.min(TOPIC_FEED_SIZE, t.count));
      const members = new Set(real.topicPapers(t.id, "date").map((p) => absoluteUrl(paperPath(p.id))));
      for (const e of parsed.entries!) expect(members.has(e.link!)).toBe(true);
    }
  });

  it("parses as JSON Feed 1.1, with permalinks as ids and at most the newest 100 items", () => {
    const text = feed(real, "json");
    const data = JSON.parse(text);
    expect(data.version).toBe("https://jsonfeed.org/version/1.1");
    const parsed = extractFromJson(text, { normalization: true, getExtraEntryFields: (e: Record<string, unknown>) => ({ id: e.id }) });
    expect(parsed.entries).toHaveLength(Math.min(FEED_SIZE, real.papers.length));
    const first = real.paper(data.items[0].id.split("/").at(-2))!;
    expect(parsed.entries![0]!.title).toBe(first.title);
    expect(parsed.entries![0]!.link).toBe(absoluteUrl(paperPath(first.id)));
    expect(new Set(data.items.map((i: { id: string }) => i.id)).size).toBe(data.items.length);
  });

  it("keeps hostile text as text", () => {
    const data = JSON.parse(feed(hostile, "json"));
    const one = data.items.find((i: { id: string }) => i.id.includes("hostile-one"));
    expect(one.content_html).not.toContain("<img");
    expect(one.content_html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(data.items.find((i: { id: string }) => i.id.includes("undated")).date_published).toBeUndefined();
  });
});

describe("feed order", () => {
  it("newest in the catalog first: the catalog feed follows the ledger's entry order, latest entry first", () => {
    const live = readLedger().filter((e) => e.status === "live").sort((a, b) => b.seq - a.seq);
    const data = JSON.parse(feed(real, "json")) as { items: { id: string }[] };
    const wanted = live.slice(0, FEED_SIZE).map((e) => absoluteUrl(paperPath(e.id)));
    expect(data.items.map((i) => i.id)).toEqual(wanted);
  });
});

describe("feed size", () => {
  it(`a topic's feeds hold its newest ${TOPIC_FEED_SIZE} papers, the catalog's its newest ${FEED_SIZE}`, () => {
    const many = Array.from({ length: FEED_SIZE + 20 }, (_, i) => paper(`p-${String(i).padStart(3, "0")}`, { date: `2024-01-${String((i % 28) + 1).padStart(2, "0")}` }));
    const big = buildCatalogView({
      papers: many,
      topics: [{ id: "odd", title: "Odd", description: "Odd papers.", terms: [{ term: "odd", weight: 1 }], exclude: [], formerly: [], intro: "" }],
      listings: [{ file: "hostile.txt", kind: "collection", heading: null, pageDate: null, year: null, entries: many.map((p, i) => ({ line: i + 1, paper: p.id, title: null })) }],
    });
    const items = (text: string) => (JSON.parse(text) as { items: { id: string; date_published?: string }[] }).items;
    const topicItems = items(feed(big, "json", big.topic("odd")!));
    expect(topicItems).toHaveLength(TOPIC_FEED_SIZE);
    expect(items(feed(big, "json"))).toHaveLength(FEED_SIZE);
    // The newest: no paper left out is newer than one the topic's feed holds.
    const held = new Set(topicItems.map((i) => i.id));
    const oldestHeld = topicItems.map((i) => i.date_published!).sort()[0]!;
    for (const p of many) if (!held.has(absoluteUrl(paperPath(p.id)))) expect(p.date! <= oldestHeld.slice(0, 10)).toBe(true);
  });
});

describe("BibTeX", () => {
  it("the catalog .bib parses without errors: one entry per paper, keys unique and equal to the ids", () => {
    const lib = parseBibtex(exportFile(real, "bib"));
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.key)).toEqual(real.papers.map((p) => p.id));
    const withDate = real.papers.find((p) => p.date)!;
    const entry = lib.entries.find((e) => e.key === withDate.id)!;
    expect(entry.type).toBe("misc");
    expect(entry.fields.year).toBe(withDate.date!.slice(0, 4));
    expect(entry.fields.url).toBe(absoluteUrl(paperPath(withDate.id)));
    expect(entry.fields.note).toMatch(/^Listed in /);
  });

  it("a topic .bib holds that topic's papers", () => {
    const lib = parseBibtex(exportFile(real, "bib", small));
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.key).sort()).toEqual(real.topicPapers(small.id, "title").map((p) => p.id).sort());
  });

  it("escapes every TeX special character, so the hostile title parses back to itself", () => {
    const lib = parseBibtex(exportFile(hostile, "bib"), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    const one = lib.entries.find((e) => e.key === "hostile-one")!;
    // The parser turns the escapes back into the characters: the title is the text, run as nothing.
    expect(one.fields.title).toBe(HOSTILE_TITLE.replace("\u001b", "").replace(/\s+/g, " ").trim());
    expect(one.fields.note).toContain("Heading {with} $pecial% chars");
    expect(one.fields.year).toBe("2024");
  });
});

describe("CSV", () => {
  it("parses with a header and one record per paper, embedded newlines and commas kept in their cells", () => {
    const text = exportFile(real, "csv");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows: Record<string, string>[] = parseCsv(text, { bom: true, columns: true, relax_quotes: false });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(real.papers.map((p) => p.id));
    const p = real.papers[0]!;
    expect(rows[0]!.abstract).toBe(p.abstract);
    expect(rows[0]!.permalink).toBe(absoluteUrl(paperPath(p.id)));
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    const rows: Record<string, string>[] = parseCsv(exportFile(hostile, "csv"), { bom: true, columns: true });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("formula-title")!.title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(byId.get("formula-title")!.abstract).toBe("'+SUM(A1:A9) starts this abstract, with a, comma\nand a newline.");
    expect(byId.get("undated")!.title).toBe("'-2+3 @user");
    expect(byId.get("undated")!.abstract).toBe("'@SUM(1) no date here.");
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvCell("\tx")).toBe(`"'\tx"`);
    expect(csvCell(null)).toBe(`""`);
  });
});

describe("papers.json and its JSON Schema", () => {
  const schema = JSON.parse(schemaFile());
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  it("papers.json is valid for the published JSON Schema and for the zod schema, with every paper and its permalink", () => {
    const data = JSON.parse(exportFile(real, "json"));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(PapersExportSchema.safeParse(data).success).toBe(true);
    expect(data.count).toBe(real.papers.length);
    expect(data.papers.map((p: PaperRecord) => p.id)).toEqual(real.papers.map((p) => p.id));
    expect(data.papers[0].permalink).toBe(absoluteUrl(paperPath(real.papers[0]!.id)));
    expect(data.papers[0].abstract).toBe(real.papers[0]!.abstract);
  });

  it("the JSON Schema rejects a record the zod schema rejects", () => {
    const data = JSON.parse(exportFile(real, "json", small));
    expect(validate(data)).toBe(true);
    data.papers[0].id = "Not A Slug";
    expect(validate(data)).toBe(false);
    delete data.papers[0].id;
    data.papers[0].title = "";
    expect(validate(data)).toBe(false);
  });
});

describe("determinism", () => {
  it("a second read of the same content gives the same bytes", () => {
    const again = buildCatalogView({ papers: readPapers(), topics: readTopics(), listings: readListings(), ledger: readLedger() });
    for (const f of ["atom", "rss", "json"] as const) expect(feed(again, f, biggest)).toBe(feed(real, f, biggest));
    for (const f of ["json", "csv", "bib"] as const) expect(exportFile(again, f)).toBe(exportFile(real, f));
  });
});
