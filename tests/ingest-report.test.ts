// The ingest's report: warnings counted by kind, short at any size, and what to do about topics
// over their share and unsorted papers.
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog";
import { analyseIngest, formatIngestReport, groupWarnings, MAX_REPORT_LINES, WARNING_KINDS, type IngestReport } from "@/lib/ingest-report";
import { parseListing } from "@/lib/listing-parser";
import type { TopicRecord } from "@/lib/schema";
import { MAX_TOPIC_SHARE } from "@/lib/topics";

const topic = (id: string, terms: [string, number][]): TopicRecord => ({ id, title: id, description: id, intro: "", terms: terms.map(([term, weight]) => ({ term, weight })), exclude: [], formerly: [] });
const TAXONOMY = [topic("quantization", [["quantization", 4]]), { ...topic("pruning", [["pruning", 4]]), formerly: ["sparsity"] }];
const abstract = (subject: string, n: number) =>
  `We study ${subject} for model number ${n} at length. This abstract has enough words to read as an abstract, and it says ${subject} again for case ${n}.`;

/** A catalog whose ingest gives every kind of warning the catalog can give. */
function catalogWithEveryWarning() {
  const feed = [
    "Daily Papers",
    "",
    // Two copies of one paper that differ in title case, abstract, authors and date.
    "Quantized Chat Models",
    "",
    abstract("quantization", 0),
    "",
    "  \u2022 3 authors",
    "\u00b7",
    "Mar 3, 2024 5",
    "",
    "QUANTIZED chat models",
    "",
    `${abstract("quantization", 0)} Extra.`,
    "",
    "  \u2022 4 authors",
    "\u00b7",
    "Mar 4, 2024 2",
    "",
    // Five more quantization papers: the topic holds all but one paper, over its share.
    ...[1, 2, 3, 4, 5].flatMap((n) => [`Quantization Study ${n}`, "", abstract("quantization", n), ""]),
    "Cooking With Fire",
    "",
    abstract("cooking", 9),
    "",
  ].join("\n");
  // A date without a year, in a listing that prints no year to infer it from.
  const yearless = ["Quantization Study 7", abstract("quantization", 7), "  \u2022 2 authors", "\u00b7", "Mar 3 1"].join("\n");
  // A yearless Feb 29 in a listing whose year (2023, after the 2022 it prints) has none.
  const leap = ["Pruning Study 8", abstract("pruning", 8), "  \u2022 2 authors", "\u00b7", "Dec 30, 2022 1", "", "Pruning Study 9", abstract("pruning", 9), "  \u2022 2 authors", "\u00b7", "Feb 29 1"].join("\n");
  // Two copies of one paper that name different arXiv papers.
  const ids = (n: number) => parseListing(["Pruning Study With Ids", abstract("pruning", 12), `https://arxiv.org/abs/2403.1111${n}`].join("\n"), `ids-${n}.txt`);
  const listings = [parseListing(feed, "feed.txt"), parseListing(yearless, "yearless.txt"), parseListing(leap, "leap.txt"), ids(1), ids(2)];
  // A paper listed once, then gone with its listing while a correction still names it.
  const gone = parseListing(["Pruning Study That Left", "", abstract("pruning", 11), ""].join("\n"), "gone.txt");
  const first = buildCatalog({ listings: [...listings, gone], topics: TAXONOMY });
  const quantized = first.papers.find((p) => p.title.toLowerCase() === "quantized chat models")!;
  const left = first.papers.find((p) => p.title === "Pruning Study That Left")!;
  const corrections = { papers: { "no-such-paper": { title: "X" }, [quantized.id]: { topics: { add: ["no-such-topic"], remove: ["sparsity"] } }, [left.id]: { title: "Y" } } };
  return buildCatalog({ listings, topics: TAXONOMY, corrections, ledger: first.ledger, previous: first.papers, today: "2026-11-30" });
}

describe("groupWarnings", () => {
  it("knows every kind of warning the catalog and the ingest give", () => {
    const catalog = catalogWithEveryWarning();
    // The ingest's own warnings (scripts/ingest.ts): a listing address or topic id reused, content/papers/ that does not read.
    const warnings = [
      ...catalog.warnings,
      'content/sources/b.txt: takes the address /sources/b/ of the listing \u201cB\u201d, which is now /sources/c/; links to it will show this listing instead (rename this file to keep them)',
      "content/topics/q.md: takes the id of a topic that became quant; links to /topics/q/ will show this topic instead (rename this file to keep them)",
      "content/papers/ has invalid records; ids are assigned afresh:\n  content/papers/x.md: **id**: bad",
    ];
    const groups = groupWarnings(warnings);
    expect(groups.map((g) => g.kind)).toEqual(WARNING_KINDS.map((k) => k.id));
    expect(groups.reduce((n, g) => n + g.warnings.length, 0)).toBe(warnings.length);
  });

  it("counts each kind, in a fixed order, and keeps unknown warnings under other", () => {
    const groups = groupWarnings([
      'content/sources/a.txt:3: "B" matches no topic; put in unsorted',
      "something new that no kind knows",
      'content/sources/a.txt:1: "A" matches no topic; put in unsorted',
      "topic x holds 2 papers, fewer than 4",
    ]);
    expect(groups.map((g) => [g.kind, g.label, g.warnings.length])).toEqual([
      ["unsorted", "2 papers match no topic and went to unsorted", 2],
      ["small-topic", "1 topic with too few papers", 1],
      ["other", "1 other warning", 1],
    ]);
  });
});

describe("analyseIngest", () => {
  it("says which topic is over its share, by how much, and how many of its papers have no other topic", () => {
    const catalog = catalogWithEveryWarning();
    const report = analyseIngest(catalog.papers, TAXONOMY, catalog.warnings);
    expect(report.oversized).toEqual([
      expect.objectContaining({ id: "quantization", papers: 7, total: catalog.papers.length, cap: 4, alone: 7 }),
    ]);
    expect(report.unsorted).toEqual({ papers: 1, suggestions: [] });
    expect(report.warnings).toBe(catalog.warnings.length);
  });

  it("suggests topics from the phrases unsorted papers share", () => {
    const listing = [
      ...Array.from({ length: 6 }, (_, i) => [`Trick ${i} for Graph Coloring`, `We color graphs with graph coloring heuristics, case ${i}. This abstract is long enough to be read as one, with more words in it.`]),
      ...Array.from({ length: 6 }, (_, i) => [`Quantization Trick ${i}`, abstract("quantization", i)]),
    ].flat();
    const catalog = buildCatalog({ listings: [parseListing(listing.join("\n"), "a.txt")], topics: TAXONOMY });
    const report = analyseIngest(catalog.papers, TAXONOMY, catalog.warnings);
    expect(report.unsorted?.papers).toBe(6);
    expect(report.unsorted?.suggestions[0]).toMatchObject({ phrase: "graph coloring", papers: 6, share: 1, catalog: 6 });
  });
});

/** A report as a 50k catalog might give: thousands of warnings of many kinds, three topics over the cap. */
function bigReport(): IngestReport {
  const unsorted = Array.from({ length: 5000 }, (_, i) => `content/sources/gen-${i}.txt:${i + 1}: "Paper ${i}" matches no topic; put in unsorted`);
  const dates = Array.from({ length: 700 }, (_, i) => `content/sources/gen-${i}.txt:${i + 3}: date has no year and the listing prints none to infer it from; left empty`);
  const odd = Array.from({ length: 40 }, (_, i) => `a warning of a kind nobody wrote down yet, number ${i}`);
  const oversized = ["multimodal-models", "reasoning", "evaluation"].map((id, k) => `topic ${id} holds ${14000 - k * 500} of 50000 papers, more than 25%`);
  const warnings = [...unsorted, ...dates, ...odd, ...oversized, "topic tiny holds 1 papers, fewer than 4"];
  const suggestion = (phrase: string, papers: number) => ({ phrase, papers, share: papers / 14000, catalog: papers + 100, examples: [{ id: "a", title: `A paper about ${phrase} with a long, long title` }, { id: "b", title: "Another" }] });
  const suggestions = ["video generation", "speech recognition", "image editing", "robot control", "chart reading", "audio captions", "visual grounding"].map((p, i) => suggestion(p, 2000 - i * 100));
  return {
    warnings: warnings.length,
    groups: groupWarnings(warnings),
    oversized: ["multimodal-models", "reasoning", "evaluation"].map((id, k) => ({ id, papers: 14000 - k * 500, total: 50000, cap: 12500, alone: 900 - k * 100, suggestions })),
    unsorted: { papers: 5000, suggestions },
  };
}

describe("formatIngestReport", () => {
  it("stays within its line budget at any size, with the count of every kind and what the curator must do", () => {
    const report = bigReport();
    const lines = formatIngestReport(report);
    expect(lines.length).toBeLessThanOrEqual(MAX_REPORT_LINES);
    const text = lines.join("\n");
    expect(text).toContain("warnings: 5,744 in 5 kinds");
    expect(text).toContain("5,000 papers match no topic and went to unsorted:");
    expect(text).toContain("... and 4,99");
    expect(text).toContain("700 dates without a year to infer:");
    expect(text).toContain("40 other warnings:");
    expect(text).toContain(`3 topics over ${MAX_TOPIC_SHARE * 100}% of the papers:`);
    expect(text).toContain("action: topic multimodal-models holds 14,000 of 50,000 papers (28%), 1,500 over the 25% cap of 12,500.");
    expect(text).toContain("900 of its papers have no other topic");
    expect(text).toContain("write content/topics/<new-id>.md");
    expect(text).toMatch(/"video generation" +2,000 of its papers \(14%\), 2,100 in the catalog; e\.g\. "A paper about video generation with a\.\.\."; "Another"$/m);
    expect(text).toContain("action: topic reasoning also holds");
    expect(text).toContain("unsorted: 5,000 papers match no topic.");
    expect(lines.every((l) => l.length <= 240)).toBe(true);
  });

  it("gives the first few of each kind, or with --verbose every warning and suggestion", () => {
    const report = bigReport();
    const short = formatIngestReport(report).join("\n");
    expect(short).toContain('"Paper 0" matches no topic');
    expect(short).not.toContain('"Paper 4999" matches no topic');
    const verbose = formatIngestReport(report, { verbose: true });
    const printed = new Set(verbose);
    expect(report.groups.flatMap((g) => g.warnings).filter((w) => !printed.has(`    ${w}`))).toEqual([]);
    expect(verbose.join("\n")).toContain('"visual grounding"');
    expect(verbose.filter((l) => l.startsWith("action: topic ")).length).toBe(3);
  });

  it("is a handful of lines for a small, clean catalog", () => {
    expect(formatIngestReport({ warnings: 0, groups: [], oversized: [], unsorted: null })).toEqual([]);
    const one = formatIngestReport(analyseIngest([], TAXONOMY, ["topic pruning holds 0 papers, fewer than 4"]));
    expect(one).toEqual(["warnings: 1 in 1 kind; the first 3 of each (npm run ingest -- --verbose for all):", "  1 topic with too few papers:", "    topic pruning holds 0 papers, fewer than 4"]);
  });
});
