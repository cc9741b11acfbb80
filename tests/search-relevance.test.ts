// The search's relevance on a judged query set of our own (a separate held-out set judges the
// issue). Prints recall@1, recall@5 and MRR; asserts recall@5 >= 0.9.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readAcronyms, readPapers, readTopics } from "@/lib/content";
import { buildSearchIndex } from "@/lib/search/build-index";
import { SearchEngine } from "@/lib/search/engine";
import { evaluate, rankedIds, resolveJudged, type JudgedByTitle } from "@/lib/search/evaluate";

const papers = readPapers();
const raw = JSON.parse(readFileSync(path.join(__dirname, "fixtures", "relevance.json"), "utf8")) as JudgedByTitle[];
const judged = resolveJudged(raw, papers);

let engine: SearchEngine;
beforeAll(async () => {
  const files = await buildSearchIndex(papers, readTopics(), readAcronyms());
  engine = await SearchEngine.open(async (p) => structuredClone(files.get(p)));
});

describe("search relevance", () => {
  it("covers at least 50 judged queries of every kind researchers type", () => {
    expect(judged.length).toBeGreaterThanOrEqual(50);
    expect(new Set(judged.map((j) => j.kind))).toEqual(new Set(["keyword", "paraphrase", "acronym", "typo", "prefix", "phrase", "word-form", "topical"]));
  });

  it("finds the expected papers: recall@5 of at least 0.9", async () => {
    const m = await evaluate(judged, (q) => rankedIds(engine, q));
    const weak = m.queries.filter((q) => q.recall5 < 1).map((q) => `${q.q} (${q.recall5.toFixed(2)})`);
    console.log(`relevance: recall@1 ${m.recall1.toFixed(3)}, recall@5 ${m.recall5.toFixed(3)}, MRR ${m.mrr.toFixed(3)} over ${judged.length} queries; below 1: ${weak.join("; ")}`);
    expect(m.recall5).toBeGreaterThanOrEqual(0.9);
  });
});
