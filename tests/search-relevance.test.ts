// The search's relevance on judged query sets of our own (a separate held-out set judges the
// issue): relevance.json (known-item queries of every kind, and paraphrases) and
// relevance-topical.json (broad topical and multi-word queries, each with every paper that belongs,
// written by someone who did not see the ranking code). Prints recall@1, recall@5, MRR and recall@5
// by kind; asserts the floors measured with topic feedback (0.876 overall, 0.776 topical and
// multi-word; 0.866 and 0.753 before it; 0.880 overall since acronym plurals; 0.894 and 0.80 since
// an abstract's opening words count more and a bare root less). 33 more topical and multi-word
// queries, written blind and measured before any change to the ranking, set them at 0.88 overall
// and 0.80. Every subject query was then judged again over a pool (its first ten here, a plain
// BM25's first ten and the papers listed), by two judges who saw neither the ranking nor the lists,
// each paper settled by the majority of the three judges: 0.896 and 0.815, floors 0.89 and 0.81.
// The goals, 0.95 overall and 0.9 topical, are not reached yet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readAcronyms, readPapers, readTopics } from "@/lib/content";
import { buildSearchIndex } from "@/lib/search/build-index";
import { SearchEngine } from "@/lib/search/engine";
import { describeMetrics, evaluate, rankedIds, resolveJudged, type JudgedByTitle } from "@/lib/search/evaluate";

const papers = readPapers();
const read = (file: string) => JSON.parse(readFileSync(path.join(__dirname, "fixtures", file), "utf8")) as JudgedByTitle[];
const judged = resolveJudged([...read("relevance.json"), ...read("relevance-topical.json")], papers);

let engine: SearchEngine;
beforeAll(async () => {
  const files = await buildSearchIndex(papers, readTopics(), readAcronyms());
  engine = await SearchEngine.open(async (p) => structuredClone(files.get(p)));
});

describe("search relevance", () => {
  it("covers at least 50 judged queries of every kind researchers type, and 40 topical ones", () => {
    expect(judged.length).toBeGreaterThanOrEqual(50);
    expect(new Set(judged.map((j) => j.kind))).toEqual(new Set(["keyword", "paraphrase", "acronym", "typo", "prefix", "phrase", "word-form", "topical", "multi-word"]));
    expect(judged.filter((j) => j.kind === "topical" || j.kind === "multi-word").length).toBeGreaterThanOrEqual(40);
  });

  it("finds the expected papers: known items nearly always, topical queries at the measured floor", async () => {
    const m = await evaluate(judged, (q) => rankedIds(engine, q));
    const weak = m.queries.filter((q) => q.recall5 < 1).map((q) => `${q.q} (${q.recall5.toFixed(2)})`);
    console.log(`relevance: ${describeMetrics(m)}; below 1: ${weak.join("; ")}`);
    const kind = (k: string) => m.byKind.get(k)!.recall5;
    expect(m.recall5).toBeGreaterThanOrEqual(0.89);
    for (const k of ["keyword", "phrase", "word-form"]) expect(kind(k), k).toBe(1);
    for (const k of ["acronym", "prefix", "typo"]) expect(kind(k), k).toBeGreaterThanOrEqual(0.97);
    expect((kind("topical") * m.byKind.get("topical")!.count + kind("multi-word") * m.byKind.get("multi-word")!.count) / (m.byKind.get("topical")!.count + m.byKind.get("multi-word")!.count)).toBeGreaterThanOrEqual(0.81);
  });
});
