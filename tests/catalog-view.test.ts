import { describe, expect, it } from "vitest";
import { buildCatalogView, catalogView, COMPARATORS, paginate, PAGE_SIZE, sortChoices, sourceSlug, unknownFrom } from "@/lib/catalog-view";
import type { Listing, PaperRecord, TopicRecord } from "@/lib/schema";
import { sitePaths, topicViews } from "@/lib/site-paths";
import { paperRecord } from "./paper-record";

const paper = paperRecord;

const topic = (id: string, title: string): TopicRecord => ({ id, title, description: `About ${title}.`, terms: [{ term: id, weight: 1 }], exclude: [], formerly: [], intro: "" });

function listing(file: string, papers: PaperRecord[]): Listing {
  return { file, kind: "search", heading: null, pageDate: null, year: null, entries: papers.map((p, i) => ({ line: i + 1, paper: p.id, title: p.title })) };
}

describe("sort orders", () => {
  const a = paper("alpha", { date: "2024-01-02", upvotes: 3 });
  const b = paper("beta", { date: "2025-05-01", upvotes: null });
  const c = paper("gamma", { date: null, upvotes: 10 });
  const d = paper("delta", { date: null, upvotes: 3 });

  it("puts the newest first and undated papers last, by title", () => {
    expect([d, c, a, b].sort(COMPARATORS.date).map((p) => p.id)).toEqual(["beta", "alpha", "delta", "gamma"]);
  });

  it("puts the most upvoted first, ties by date, unknown upvotes last", () => {
    expect([b, d, a, c].sort(COMPARATORS.upvotes).map((p) => p.id)).toEqual(["gamma", "alpha", "delta", "beta"]);
  });

  it("sorts titles case-insensitively and numbers numerically", () => {
    const ps = [paper("x10", { title: "Model 10" }), paper("x2", { title: "model 2" }), paper("xa", { title: "Alpha" })];
    expect(ps.sort(COMPARATORS.title).map((p) => p.title)).toEqual(["Alpha", "model 2", "Model 10"]);
  });
});

describe("pagination", () => {
  const items = Array.from({ length: 120 }, (_, i) => i);

  it("never puts more than PAGE_SIZE items on a page", () => {
    expect(PAGE_SIZE).toBeLessThanOrEqual(50);
    const last = paginate(items, 3);
    expect(last).toMatchObject({ page: 3, pages: 3, total: 120, first: 101 });
    expect(last.items).toHaveLength(20);
    expect(paginate(items, 1).items).toHaveLength(PAGE_SIZE);
  });

  it("gives one empty page for an empty list and refuses pages that do not exist", () => {
    expect(paginate([], 1)).toMatchObject({ items: [], pages: 1 });
    expect(() => paginate(items, 4)).toThrow(RangeError);
    expect(() => paginate(items, 0)).toThrow(RangeError);
  });
});

describe("buildCatalogView", () => {
  const papers = Array.from({ length: 55 }, (_, i) => paper(`paper-${String(i).padStart(2, "0")}`, { date: `2024-01-${String((i % 28) + 1).padStart(2, "0")}`, sources: [{ file: "001_ab.txt", line: i + 1 }] }));
  const topics = [topic("quant", "Quantization"), topic("empty", "Empty topic")];
  const view = buildCatalogView({ papers, topics, listings: [listing("001_ab.txt", papers)] });

  it("counts each topic's papers and sorts topics by title", () => {
    expect(view.topics.map((t) => [t.id, t.count])).toEqual([
      ["empty", 0],
      ["quant", 55],
    ]);
  });

  it("makes one view per topic, sort order that changes its list, and page", () => {
    const views = topicViews(view);
    expect(views.filter((v) => v.topic === "quant")).toHaveLength(4); // newest and A-Z (no upvotes) x 2 pages
    expect(views.filter((v) => v.topic === "empty")).toHaveLength(1); // A-Z: nothing to sort
  });

  it("points a paper's source at the page and line of its listing entry", () => {
    const late = view.paper("paper-52")!;
    expect(view.locations(late)[0]!.href).toBe("/sources/001_ab/page/2/#line-53");
  });

  it("lists every page in the sitemap paths once", () => {
    const paths = sitePaths(view);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("/topics/quant/by/title/page/2/");
    expect(paths).toContain("/papers/paper-00/");
    expect(paths).toContain("/sources/001_ab/page/2/");
  });

  it("adds an Unsorted topic when the ingest put papers there", () => {
    const v = buildCatalogView({ papers: [paper("lonely", { topics: [{ id: "unsorted", score: 0, terms: [], by: "fallback" }] })], topics: [], listings: [] });
    expect(v.topics.map((t) => [t.id, t.title, t.count])).toEqual([["unsorted", "Unsorted", 1]]);
  });

  it("refuses a paper in a topic that does not exist, and a listing entry without its paper", () => {
    expect(() => buildCatalogView({ papers: [paper("x")], topics: [], listings: [] })).toThrow(/topic "quant"/);
    expect(() => buildCatalogView({ papers: [], topics: [], listings: [listing("a.txt", [paper("ghost")])] })).toThrow(/ghost/);
  });

  it("refuses two listings that would share a URL", () => {
    expect(() => buildCatalogView({ papers: [], topics: [], listings: [listing("a b.txt", []), listing("a-b.md", [])] })).toThrow(/share the URL/);
  });

  it("picks the most upvoted and most recent papers", () => {
    const v = buildCatalogView({
      papers: [paper("old", { date: "2020-01-01", upvotes: 9 }), paper("new", { date: "2025-01-01", upvotes: 5 }), paper("mid", { upvotes: 7 }), paper("few", { upvotes: 4 }), paper("none")],
      topics: [topic("quant", "Q")],
      listings: [],
    });
    expect(v.mostUpvoted.map((p) => p.id)).toEqual(["old", "mid", "new"]);
    expect(v.mostRecent.map((p) => p.id)).toEqual(["new", "old"]);
  });

  it("ranks no papers by upvotes when too few have enough to tell them apart", () => {
    const v = buildCatalogView({
      papers: [paper("a", { upvotes: 3 }), paper("b", { upvotes: 2 }), paper("c", { upvotes: 9 }), paper("d", { upvotes: 0 })],
      topics: [topic("quant", "Q")],
      listings: [],
    });
    expect(v.mostUpvoted).toEqual([]);
  });

  it("offers only the sort orders that change a topic's list, and defaults to the first of them", () => {
    const undated = [paper("b"), paper("a"), paper("c")];
    const none = sortChoices({ date: [...undated].sort(COMPARATORS.date), upvotes: [...undated].sort(COMPARATORS.upvotes), title: [...undated].sort(COMPARATORS.title) });
    expect(none).toEqual({ defaultSort: "title", sortsOff: { date: "no paper here has a date", upvotes: "no paper here has upvotes" } });

    const mixed = [paper("b", { date: "2024-05-01" }), paper("a"), paper("c", { upvotes: 4 })];
    const order = { date: [...mixed].sort(COMPARATORS.date), upvotes: [...mixed].sort(COMPARATORS.upvotes), title: [...mixed].sort(COMPARATORS.title) };
    expect(sortChoices(order)).toEqual({ defaultSort: "date", sortsOff: {} });
    expect(order.date.map((p) => p.id)).toEqual(["b", "a", "c"]);
    expect(unknownFrom(order.date, "date")).toBe(1);
    expect(unknownFrom(order.upvotes, "upvotes")).toBe(1);
    expect(unknownFrom(order.title, "title")).toBe(3);
  });

  it("renders each abstract once, with an excerpt of its first lines", () => {
    const p = view.paper("paper-01")!;
    expect(view.abstract(p)).toBe(view.abstract(p));
    expect(view.abstract(p).excerpt.length).toBeGreaterThan(0);
  });
});

describe("sourceSlug", () => {
  it("drops the extension and keeps letters, digits, _ and -", () => {
    expect(sourceSlug("000_8860a7b2b3e5cba4.txt")).toBe("000_8860a7b2b3e5cba4");
    expect(sourceSlug("Reading List (May).TXT")).toBe("reading-list-may");
    // Accents dropped however they are encoded, so the two spellings of a name are one address.
    expect(sourceSlug("caf\u00e9 list.txt")).toBe("cafe-list");
    expect(sourceSlug("cafe\u0301 list.txt")).toBe("cafe-list");
    // A name of no Latin letters or digits gets an address of its own.
    expect(sourceSlug("\u8bba\u6587.txt")).toMatch(/^listing-[a-z0-9]{7}$/);
    expect(sourceSlug("\u5217\u8868.txt")).not.toBe(sourceSlug("\u8bba\u6587.txt"));
  });
});

describe("retired ids", () => {
  const live = paper("kept");
  const base = { seq: 1, title: "A title", fp: "0000000", words: 10, sig: "A".repeat(86) };
  const ledger = [
    { ...base, id: "kept", status: "live" as const },
    { ...base, id: "old-name", seq: 2, status: "merged" as const, into: "kept" },
    { ...base, id: "gone", seq: 3, status: "removed" as const, removedOn: "2026-02-14", lastListed: ["a.txt"] },
  ];
  const topics = [topic("quant", "Quantization")];

  it("are exposed for their pages, and stay out of the sitemap", () => {
    const view = buildCatalogView({ papers: [live], topics, listings: [listing("a.txt", [live])], ledger });
    expect(view.retired.map((e) => e.id)).toEqual(["old-name", "gone"]);
    expect(view.retiredEntry("gone")?.removedOn).toBe("2026-02-14");
    expect(view.retiredEntry("kept")).toBeUndefined();
    expect(sitePaths(view).filter((p) => p.startsWith("/papers/"))).toEqual(["/papers/kept/"]);
  });

  it("show the title a curator corrected, which the paper's page showed, not the title as listed", () => {
    const corrections = { papers: { gone: { title: "S\u00b3: A Corrected Title" } } };
    const view = buildCatalogView({ papers: [live], topics, listings: [listing("a.txt", [live])], ledger, corrections });
    expect(view.retiredEntry("gone")).toMatchObject({ title: "S\u00b3: A Corrected Title", removedOn: "2026-02-14" });
    expect(view.retiredEntry("old-name")?.title).toBe("A title");
  });

  it("find the live paper a curator has since given a removed paper's title, so its tombstone can point to it", () => {
    const namesake = { ...live, title: "S\u00b3: A Corrected Title" };
    const corrections = { papers: { gone: { title: "S\u00b3: A Corrected Title" } } };
    const view = buildCatalogView({ papers: [namesake], topics, listings: [listing("a.txt", [namesake])], ledger, corrections });
    expect(view.paperTitled(view.retiredEntry("gone")!.title)?.id).toBe("kept");
    expect(view.paperTitled("A Corrected Title")).toBeUndefined();
    expect(view.paperTitled("S³ — a corrected TITLE")?.id).toBe("kept");
  });

  it("must agree with the records: a paper without a live id, or a live id without a paper, is an error", () => {
    const stray = paper("stray");
    expect(() => buildCatalogView({ papers: [live, stray], topics, listings: [listing("a.txt", [live, stray])], ledger })).toThrow("paper stray is not a live id of the ledger");
    expect(() => buildCatalogView({ papers: [], topics, listings: [], ledger })).toThrow("the ledger lists kept as live, but it has no record");
  });
});

describe("related papers in the catalog", () => {
  it("say why each is related: the distinctive terms both papers hold, or else the topics both are in", () => {
    const c = catalogView();
    let byTopic = 0;
    for (const p of c.papers) {
      const own = new Set(p.topics.map((t) => t.id));
      for (const r of c.related(p.id)) {
        const shared = r.paper.topics.filter((t) => own.has(t.id)).map((t) => c.topic(t.id)!.title);
        expect(r.topics, `${p.id} -> ${r.paper.id}`).toEqual(shared);
        expect(r.terms.length + r.topics.length, `${p.id} -> ${r.paper.id}`).toBeGreaterThan(0);
        if (r.terms.length === 0) byTopic++;
      }
    }
    expect(byTopic).toBeGreaterThan(0);
  });
});
