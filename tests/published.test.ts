// Topic and listing addresses keep answering as the catalog changes (lib/published.ts): every path in
// content/published.jsonl is either built again or leads on to a page that is built, or says the
// topic or listing is gone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCatalogView, OTHER_ORDER_PAGES, PAGE_SIZE, type CatalogData } from "@/lib/catalog-view";
import { readPublished, serializePublished } from "@/lib/content";
import { currentPages, listedPapers, movedPages, publish, reusedAddresses, reusedTopicIds } from "@/lib/published";
import { sourcePath, topicPath, topicsPath } from "@/lib/routes";
import type { Listing, PaperRecord, PublishedEntry, TopicRecord } from "@/lib/schema";
import { sitePaths } from "@/lib/site-paths";
import { formerIds } from "@/lib/topics";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { paperRecord } from "./paper-record";

const topic = (id: string, title: string, formerly: string[] = []): TopicRecord => ({ id, title, description: `About ${title}.`, terms: [{ term: id, weight: 1 }], exclude: [], formerly, intro: "" });

/** `n` papers in `topicId`, numbered from `from`; every other one dated, a few upvoted. */
function papers(topicId: string, n: number, from = 0, file = "a.txt"): PaperRecord[] {
  return Array.from({ length: n }, (_, i) =>
    paperRecord(`${topicId}-paper-${from + i}`, {
      title: `${topicId} paper ${String(from + i).padStart(3, "0")}`,
      date: i % 2 === 0 ? `2024-01-${String((i % 28) + 1).padStart(2, "0")}` : null,
      upvotes: i % 3 === 0 ? i : null,
      topics: [{ id: topicId, score: 8, terms: [topicId], by: "match" }],
      sources: [{ file, line: i + 1 }],
    }),
  );
}

function listing(file: string, ps: PaperRecord[]): Listing {
  return { file, kind: "search", heading: null, pageDate: null, year: null, entries: ps.map((p, i) => ({ line: i + 1, paper: p.id, title: p.title })) };
}

function catalog(ps: PaperRecord[], topics: TopicRecord[], published: PublishedEntry[] = []) {
  const files = [...new Set(ps.flatMap((p) => p.sources.map((s) => s.file)))].sort();
  const listings = files.map((f) => listing(f, ps.filter((p) => p.sources.some((s) => s.file === f))));
  const data: CatalogData = { papers: ps, topics, listings, published };
  return buildCatalogView(data);
}

/** The catalog after an ingest: today's pages joined to everything published before. */
/** The papers with listing file `from` renamed `to`. */
const rename = (ps: PaperRecord[], from: string, to: string) => ps.map((p) => ({ ...p, sources: p.sources.map((s) => (s.file === from ? { ...s, file: to } : s)) }));
/** The papers with topic `from` renamed `to`. */
const retopic = (ps: PaperRecord[], from: string, to: string) => ps.map((p) => ({ ...p, topics: p.topics.map((t) => (t.id === from ? { ...t, id: to } : t)) }));

function ingested(ps: PaperRecord[], topics: TopicRecord[], before: PublishedEntry[]) {
  return catalog(ps, topics, publish(before, currentPages(catalog(ps, topics)), undefined, formerIds(topics)));
}

/** The catalog after an ingest that started from the records `before`: it can tell a listing renamed and edited. */
function ingestedFrom(before: PaperRecord[], ps: PaperRecord[], topics: TopicRecord[], published: PublishedEntry[]) {
  return catalog(ps, topics, publish(published, currentPages(catalog(ps, topics)), { before: listedPapers(before), now: listedPapers(ps) }, formerIds(topics)));
}

/** Every published path answers: built now, or moved to a page that is built, or gone with a reason. */
function unanswered(view: ReturnType<typeof catalog>): string[] {
  const built = new Set(sitePaths(view));
  const moved = movedPages(view);
  return view.published.flatMap((e) => {
    if (built.has(e.path)) return [];
    const m = moved.get(e.path);
    if (!m) return [`${e.path}: not built and not moved`];
    if (m.to !== null && !built.has(m.to)) return [`${e.path}: moved to ${m.to}, which is not built`];
    return m.why === "" ? [`${e.path}: no reason given`] : [];
  });
}

describe("published addresses", () => {
  const first = [...papers("quant", 2 * PAGE_SIZE + 5), ...papers("prune", 3, 0, "b.txt")];
  const topics = [topic("quant", "Quantization"), topic("prune", "Pruning")];
  const v1 = ingested(first, topics, []);

  it("records every topic and listing page the site builds, with the first pages' titles", () => {
    const paths = v1.published.map((e) => e.path);
    expect(paths).toContain(topicPath("quant"));
    expect(paths).toContain(topicPath("quant", "title", 3, "date"));
    expect(paths).toContain(sourcePath("a", 3));
    expect(v1.published.find((e) => e.path === topicPath("quant"))?.title).toBe("Quantization");
    expect(v1.published.find((e) => e.path === sourcePath("b"))?.title).toBeTruthy();
    expect(movedPages(v1).size).toBe(0);
  });

  it("is a pure union: publishing the same catalog again changes nothing, and the file reads back as written", () => {
    const again = publish(v1.published, currentPages(v1));
    expect(again).toEqual(v1.published);
    const dir = mkdtempSync(path.join(tmpdir(), "published-"));
    try {
      writeFileSync(path.join(dir, "published.jsonl"), serializePublished(again));
      expect(readPublished(dir)).toEqual(again);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a hand-damaged record stops with file, line and field", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "published-"));
    try {
      const lines = ['{"path":"/topics/a/","title":"A"}', '{"path":"javascript:alert(1)"}', '{"path":"/topics/a/","title":"A"}', "not json"];
      writeFileSync(path.join(dir, "published.jsonl"), `${lines.join("\n")}\n`);
      let problems = "";
      try {
        readPublished(dir);
      } catch (e) {
        problems = (e as Error).message;
      }
      expect(problems).toMatch(/published\.jsonl:2: \*\*path\*\*: must be the path of a \/topics\/ or \/sources\/ page/);
      expect(problems).toMatch(/published\.jsonl:3: \*\*path\*\*: "\/topics\/a\/" is also on line 1/);
      expect(problems).toMatch(/published\.jsonl:4: not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a list that got shorter leads its later pages to its last page", () => {
    const v2 = ingested(first.slice(0, 60), topics, v1.published);
    const moved = movedPages(v2).get(topicPath("quant", "title", 3, "date"))!;
    expect(moved.to).toBe(topicPath("quant", "title", 2, "date"));
    expect(moved.why).toMatch(/2 pages now/);
    expect(movedPages(v2).get(sourcePath("a", 3))!.to).toBe(sourcePath("a", 2));
    expect(unanswered(v2)).toEqual([]);
  });

  it("a renamed topic (formerly) leads every old address, feeds included, to the same view of the new one", () => {
    const renamed = retopic(first, "quant", "quantization");
    const v2 = ingested(renamed, [topic("quantization", "Quantization of weights", ["quant"]), topics[1]!], v1.published);
    expect(movedPages(v2).get(topicPath("quant"))).toMatchObject({ to: topicPath("quantization"), why: "The topic \u201cQuantization\u201d is now \u201cQuantization of weights\u201d." });
    expect(movedPages(v2).get(topicPath("quant", "upvotes", 2, "date"))!.to).toBe(topicPath("quantization", "upvotes", 2, "date"));
    expect(v2.formerTopic("quant")?.id).toBe("quantization");
    expect(unanswered(v2)).toEqual([]);
  });

  it("a topic renamed twice leads its first id on, though the second rename lists only the latest old id", () => {
    const v2papers = retopic(first, "quant", "quantization");
    const v2 = ingested(v2papers, [topic("quantization", "Quantization of weights", ["quant"]), topics[1]!], v1.published);
    const v3 = ingested(retopic(v2papers, "quantization", "low-bit"), [topic("low-bit", "Low-bit models", ["quantization"]), topics[1]!], v2.published);
    expect(movedPages(v3).get(topicPath("quant"))).toMatchObject({ to: topicPath("low-bit") });
    expect(movedPages(v3).get(topicPath("quant", "upvotes", 2, "date"))!.to).toBe(topicPath("low-bit", "upvotes", 2, "date"));
    expect(v3.formerTopic("quant")?.id).toBe("low-bit");
    expect(unanswered(v3)).toEqual([]);
  });

  it("knows a new topic that takes the id of one renamed away, but not a topic renamed back", () => {
    const v2papers = retopic(first, "quant", "quantization");
    const v2topics = [topic("quantization", "Quantization of weights", ["quant"]), topics[1]!];
    const v2 = ingested(v2papers, v2topics, v1.published);
    const reusedIn = (ps: PaperRecord[], ts: TopicRecord[]) => {
      const current = currentPages(catalog(ps, ts));
      return reusedTopicIds(v2.published, publish(v2.published, current, undefined, formerIds(ts)), ts.map((t) => t.id));
    };
    // An unrelated topic under the old id "quant" (taken out of formerly), while "quantization" lives on.
    const newcomer = [...v2papers, paperRecord("new-quant", { title: "Quant finance", topics: [{ id: "quant", score: 8, terms: ["quant"], by: "match" }], sources: [{ file: "a.txt", line: 500 }] })];
    expect(reusedIn(newcomer, [topic("quantization", "Quantization of weights"), topics[1]!, topic("quant", "Quantitative finance")])).toEqual([{ id: "quant", to: "quantization" }]);
    // Renamed back: "quantization" is gone again, nothing is taken.
    expect(reusedIn(first, [topic("quant", "Quantization", ["quantization"]), topics[1]!])).toEqual([]);
  });

  it("a removed topic or listing says it is gone, under the name it had", () => {
    const v2 = ingested(first.filter((p) => p.topics[0]!.id === "quant"), [topics[0]!], v1.published);
    expect(movedPages(v2).get(topicPath("prune"))).toMatchObject({ to: null, title: "Pruning", why: "\u201cPruning\u201d is no longer a topic of the catalog." });
    expect(movedPages(v2).get(sourcePath("b"))).toMatchObject({ to: null });
    expect(movedPages(v2).get(sourcePath("b"))!.why).toMatch(/is no longer in the catalog/);
    expect(unanswered(v2)).toEqual([]);
  });

  it("a listing renamed with the same papers leads its old address to the new one", () => {
    const moved = rename(first, "b.txt", "b-renamed.txt");
    const v2 = ingested(moved, topics, v1.published);
    expect(movedPages(v2).get(sourcePath("b"))).toMatchObject({ to: sourcePath("b-renamed"), why: `The listing \u201c${v1.published.find((e) => e.path === sourcePath("b"))!.title}\u201d is now in the file b-renamed.txt.` });
    expect(unanswered(v2)).toEqual([]);
  });

  it("a listing renamed and edited in the same ingest leads its old address to the new one, and keeps leading there as it changes", () => {
    // One entry of three deleted as the file is renamed: its papers are no longer the same list.
    const v2papers = rename(first, "b.txt", "b-renamed.txt").filter((p) => p.id !== "prune-paper-2");
    const v2 = ingestedFrom(first, v2papers, topics, v1.published);
    expect(movedPages(v2).get(sourcePath("b"))).toMatchObject({ to: sourcePath("b-renamed") });
    // Later ingests edit the renamed listing: the old address still leads to it.
    const v3papers = [...v2papers.filter((p) => p.id !== "prune-paper-1"), ...papers("prune", 4, 10, "b-renamed.txt")];
    const v3 = ingestedFrom(v2papers, v3papers, topics, v2.published);
    expect(movedPages(v3).get(sourcePath("b"))).toMatchObject({ to: sourcePath("b-renamed") });
    // And renamed again, the first address follows it.
    const v4papers = rename(v3papers, "b-renamed.txt", "c.txt");
    const v4 = ingestedFrom(v3papers, v4papers, topics, v3.published);
    expect([movedPages(v4).get(sourcePath("b"))?.to, movedPages(v4).get(sourcePath("b-renamed"))?.to]).toEqual([sourcePath("c"), sourcePath("c")]);
    expect(unanswered(v4)).toEqual([]);
  });

  it("the Unsorted topic, emptied, leads to the list of topics rather than saying it was removed", () => {
    const stray = paperRecord("stray", { title: "A paper in no topic", topics: [{ id: "unsorted", score: 0, terms: [], by: "fallback" }], sources: [{ file: "a.txt", line: 99 }] });
    const withStray = ingested([...first, stray], topics, v1.published);
    expect(withStray.published.map((e) => e.path)).toContain(topicPath("unsorted"));
    const sorted = ingested([...first, { ...stray, topics: [{ id: "quant", score: 8, terms: ["quant"], by: "match" as const }] }], topics, withStray.published);
    expect(movedPages(sorted).get(topicPath("unsorted"))).toMatchObject({ to: topicsPath(), why: "Every paper of the catalog is in a topic now." });
    expect(unanswered(sorted)).toEqual([]);
  });

  it("a listing renamed while most of its entries stay and many new ones arrive leads there", () => {
    const kept = rename(first, "b.txt", "b-grown.txt").filter((p) => p.id !== "prune-paper-2");
    const v2 = ingestedFrom(first, [...kept, ...papers("prune", 10, 30, "b-grown.txt")], topics, v1.published);
    expect(movedPages(v2).get(sourcePath("b"))).toMatchObject({ to: sourcePath("b-grown") });
    expect(unanswered(v2)).toEqual([]);
  });

  it("two listings merged into one new file lead both old addresses to it", () => {
    const merged = first.map((p) => ({ ...p, sources: p.sources.map((s) => ({ ...s, file: "all.txt" })) }));
    const v2 = ingestedFrom(first, merged, topics, v1.published);
    expect([movedPages(v2).get(sourcePath("a"))?.to, movedPages(v2).get(sourcePath("b"))?.to]).toEqual([sourcePath("all"), sourcePath("all")]);
    expect(unanswered(v2)).toEqual([]);
  });

  it("a listing merged into a file that was already there leads there; one removed whose papers another already listed says it is gone", () => {
    const merged = ingestedFrom(first, rename(first, "b.txt", "a.txt"), topics, v1.published);
    expect(movedPages(merged).get(sourcePath("b"))).toMatchObject({ to: sourcePath("a") });
    // b's papers were in a.txt already: removing b.txt moves nothing.
    const both = first.map((p) => (p.sources.some((s) => s.file === "b.txt") ? { ...p, sources: [...p.sources, { file: "a.txt", line: 900 }] } : p));
    const v2 = ingestedFrom(first, both, topics, v1.published);
    const v3papers = both.map((p) => ({ ...p, sources: p.sources.filter((s) => s.file !== "b.txt") }));
    const v3 = ingestedFrom(both, v3papers, topics, v2.published);
    expect(movedPages(v3).get(sourcePath("b"))).toMatchObject({ to: null });
    expect(unanswered(v3)).toEqual([]);
  });

  it("a listing renamed back to a name it had, with an entry dropped, is where every name it had leads", () => {
    const v2papers = rename(first, "b.txt", "c.txt");
    const v2 = ingestedFrom(first, v2papers, topics, v1.published);
    const v3papers = rename(v2papers, "c.txt", "d.txt");
    const v3 = ingestedFrom(v2papers, v3papers, topics, v2.published);
    const v4papers = rename(v3papers, "d.txt", "c.txt").filter((p) => p.id !== "prune-paper-2");
    const v4 = ingestedFrom(v3papers, v4papers, topics, v3.published);
    expect(["b", "c", "d"].map((slug) => movedPages(v4).get(sourcePath(slug))?.to ?? (v4.source(slug) ? "built" : null))).toEqual([sourcePath("c"), "built", sourcePath("c")]);
    expect(unanswered(v4)).toEqual([]);
  });

  it("knows when a listing takes the address of one that moved: a new file under its old name, or two files swapping names", () => {
    const listed = (before: PaperRecord[], now: PaperRecord[]) => ({ before: listedPapers(before), now: listedPapers(now) });
    const reused = (previous: PublishedEntry[], ps: PaperRecord[], l: ReturnType<typeof listed>) => {
      const current = currentPages(catalog(ps, topics));
      return reusedAddresses(previous, publish(previous, current, l), current, l);
    };
    // b.txt renamed to c.txt; later a new, unrelated b.txt.
    const v2papers = rename(first, "b.txt", "c.txt");
    const v2 = ingestedFrom(first, v2papers, topics, v1.published);
    const v3papers = [...v2papers, ...papers("prune", 3, 50, "b.txt")];
    expect(reused(v2.published, v3papers, listed(v2papers, v3papers))).toEqual([{ slug: "b", to: "c", title: v1.published.find((e) => e.path === sourcePath("b"))!.title }]);
    // The same, while the listing it became is renamed again in the same edit.
    const moving = [...rename(v2papers, "c.txt", "c2.txt"), ...papers("prune", 3, 50, "b.txt")];
    expect(reused(v2.published, moving, listed(v2papers, moving)).map((r) => [r.slug, r.to])).toEqual([["b", "c2"]]);
    // Renamed back to its own old name: nothing is taken.
    const back = rename(v2papers, "c.txt", "b.txt");
    expect(reused(v2.published, back, listed(v2papers, back))).toEqual([]);
    // a.txt and b.txt swap names in one edit.
    const swapped = first.map((p) => ({ ...p, sources: p.sources.map((s) => ({ ...s, file: s.file === "a.txt" ? "b.txt" : "a.txt" })) }));
    const found = reused(v1.published, swapped, listed(first, swapped));
    expect(found.map((r) => [r.slug, r.to]).sort()).toEqual([["a", "b"], ["b", "a"]]);
    // An ordinary edit takes nothing.
    const edited = first.filter((p) => p.id !== "prune-paper-2");
    expect(reused(v1.published, edited, listed(first, edited))).toEqual([]);
  });

  it("a listing removed is not taken as renamed into a new listing that holds a few of its papers among many others", () => {
    const v2papers = [...first.filter((p) => !p.sources.some((s) => s.file === "b.txt")), ...first.filter((p) => p.id === "prune-paper-0").map((p) => ({ ...p, sources: [{ file: "big.txt", line: 1 }] })), ...papers("prune", 6, 20, "big.txt")];
    const v2 = ingestedFrom(first, v2papers, topics, v1.published);
    expect(movedPages(v2).get(sourcePath("b"))).toMatchObject({ to: null });
    expect(unanswered(v2)).toEqual([]);
  });

  it("an order that no longer changes a topic's list leads to the topic's own order", () => {
    const undated = first.map((p) => ({ ...p, date: null, upvotes: null }));
    const v2 = ingested(undated, topics, v1.published);
    // With no dates and no upvotes only A-Z means something: it becomes the topic's main address.
    const byTitle = movedPages(v2).get(topicPath("quant", "title", 1, "date"))!;
    expect(byTitle.to).toBe(topicPath("quant", "title", 1, "title"));
    const byUpvotes = movedPages(v2).get(topicPath("quant", "upvotes", 2, "date"))!;
    expect(byUpvotes.to).toBe(topicPath("quant", "title", 2, "title"));
    expect(byUpvotes.why).toMatch(/no longer changes the order/);
    expect(unanswered(v2)).toEqual([]);
  });

  it("another order than a topic's own lists its first pages, and its later pages published before lead to its last", () => {
    const big = papers("quant", (OTHER_ORDER_PAGES + 2) * PAGE_SIZE);
    const view = catalog(big, [topics[0]!]);
    const built = new Set(sitePaths(view));
    expect(view.topic("quant")!.defaultSort).toBe("date");
    expect(built.has(topicPath("quant", "date", OTHER_ORDER_PAGES + 2, "date"))).toBe(true);
    for (const sort of ["title", "upvotes"] as const) {
      expect(built.has(topicPath("quant", sort, OTHER_ORDER_PAGES, "date"))).toBe(true);
      expect(built.has(topicPath("quant", sort, OTHER_ORDER_PAGES + 1, "date"))).toBe(false);
    }
    const later = topicPath("quant", "title", OTHER_ORDER_PAGES + 2, "date");
    const v2 = catalog(big, [topics[0]!], publish(currentPages(view), [{ path: later }]));
    expect(movedPages(v2).get(later)).toMatchObject({ to: topicPath("quant", "title", OTHER_ORDER_PAGES, "date") });
    expect(movedPages(v2).get(later)!.why).toMatch(/lists the first 4 pages of this topic; its own order, \u201cNewest\u201d, lists every paper/);
    expect(unanswered(v2)).toEqual([]);
  });

  it("a topic id claimed by formerly while it is still a topic is refused", () => {
    expect(() => catalog(first, [topic("quant", "Q", ["prune"]), topics[1]!])).toThrow(/prune.*is a topic of its own/);
  });

  it("after any sequence of curator edits, every address ever published still answers", () => {
    type Edit = { keep: number; dated: boolean; rename: boolean; dropPrune: boolean; grow: number };
    const edit = fc.record({ keep: fc.integer({ min: 1, max: 2 * PAGE_SIZE + 5 }), dated: fc.boolean(), rename: fc.boolean(), dropPrune: fc.boolean(), grow: fc.integer({ min: 0, max: 4 * PAGE_SIZE }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits: Edit[]) => {
        let published = v1.published;
        let renamed = false;
        for (const e of edits) {
          renamed ||= e.rename; // a rename is never undone
          const quantId = renamed ? "quantization" : "quant";
          let ps = [...first.slice(0, e.keep), ...papers("quant", e.grow, 500, "c.txt")].filter((p) => p.topics[0]!.id === "quant" || !e.dropPrune);
          ps = [...ps, ...(e.dropPrune ? [] : first.filter((p) => p.topics[0]!.id === "prune"))];
          ps = ps.filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i).map((p) => ({ ...p, date: e.dated ? p.date : null, topics: p.topics.map((t) => (t.id === "quant" ? { ...t, id: quantId } : t)) }));
          const ts = [topic(quantId, "Quantization", renamed ? ["quant"] : []), ...(e.dropPrune ? [] : [topics[1]!])];
          const view = ingested(ps, ts, published);
          expect(unanswered(view)).toEqual([]);
          expect(currentPages(view).every((c) => view.published.some((p) => p.path === c.path))).toBe(true);
          published = view.published;
        }
      }),
      { numRuns: 60 },
    );
  });
});
