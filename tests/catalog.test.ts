import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog";
import { decodeListing, parseListing, type ParsedListing } from "@/lib/listing-parser";
import { PaperRecordSchema } from "@/lib/schema";

const SOURCES = path.join(__dirname, "..", "content", "sources");
const readSources = (): ParsedListing[] =>
  readdirSync(SOURCES)
    .sort()
    .map((f) => parseListing(decodeListing(readFileSync(path.join(SOURCES, f)), f), f));

const ABSTRACT_A =
  "We present QuickQuant, a post-training quantization method for 2-bit weights. It needs no calibration data and keeps most of the accuracy of the full-precision model on six benchmarks.";
const ABSTRACT_B =
  "Layer normalization stabilises the training of deep networks. We show that removing the mean subtraction leaves accuracy unchanged while making each layer cheaper to compute.";
const ABSTRACT_C =
  "Sparse autoencoders decompose model activations into features. We introduce TopoSAE, which keeps the neighbourhood structure of features, and find sharper, more monosemantic latents.";

const listing = (file: string, text: string) => parseListing(text, file);

describe("the real sources (golden facts)", () => {
  const catalog = buildCatalog({ listings: readSources() });

  it("has 5 files, 247 listing entries and 242 distinct papers", () => {
    expect(catalog.stats).toMatchObject({ files: 5, entries: 247, papers: 242, merged: 5 });
    expect(new Set(catalog.papers.map((p) => p.id)).size).toBe(242);
  });

  it("merges the 5 papers listed twice, keeping both sources", () => {
    const twice = catalog.papers.filter((p) => p.sources.length === 2).map((p) => p.title).sort();
    expect(twice).toEqual([
      "CodeGen2: Lessons for Training LLMs on Programming and Natural Languages",
      "Contrastive Search Is What You Need For Neural Text Generation",
      "Grammar-Aligned Decoding",
      "In-Context Language Learning: Architectures and Algorithms",
      "Not all tokens are created equal: Perplexity Attention Weighted Networks for AI generated text detection",
    ]);
    expect(catalog.papers.every((p) => p.sources.length <= 2)).toBe(true);
  });

  it("reports the copies of Grammar-Aligned Decoding that differ by a comma, and keeps the longer abstract", () => {
    const gad = catalog.papers.find((p) => p.title === "Grammar-Aligned Decoding")!;
    expect(gad.sources.map((s) => s.file)).toEqual(["001_440629d2fd2a5376.txt", "004_8f0e1ecc58a2ab54.txt"]);
    expect(catalog.warnings.some((w) => w.includes("Grammar-Aligned Decoding") && w.includes("differ"))).toBe(true);
  });

  it("infers titles for the 10 untitled abstracts and marks them inferred", () => {
    const inferred = catalog.papers.filter((p) => p.titleInferred);
    expect(inferred).toHaveLength(10);
    expect(inferred.every((p) => p.sources[0]!.file === "000_8860a7b2b3e5cba4.txt")).toBe(true);
    const titles = inferred.map((p) => p.title).join(" | ");
    for (const name of ["GAOKAO-Eval", "BitStack", "AnyGPT"]) expect(titles).toContain(name);
  });

  it("reads daily-papers metadata: authors, dates with inferred years, upvotes", () => {
    const sentenceVae = catalog.papers.find((p) => p.title.startsWith("SentenceVAE"))!;
    expect(sentenceVae).toMatchObject({ authorCount: 4, date: "2024-08-01", dateInferred: false, upvotes: 1 });
    const resa = catalog.papers.find((p) => p.title === "Resa: Transparent Reasoning Models via SAEs")!;
    expect(resa).toMatchObject({ authorCount: 7, date: "2025-06-11", dateInferred: true, upvotes: 2 });
    const untracked = catalog.papers.find((p) => p.title === "Layer Normalization")!;
    expect(untracked).toMatchObject({ authorCount: null, date: null, upvotes: null });
  });

  it("keeps the collection heading and page dates as facts about the listings", () => {
    const byFile = Object.fromEntries(catalog.listings.map((l) => [l.file, l]));
    expect(byFile["004_8f0e1ecc58a2ab54.txt"]!.heading).toBe("Large Language Model");
    expect(byFile["001_440629d2fd2a5376.txt"]!.pageDate).toBe("Mar 18");
    expect(byFile["003_dfa28e4aaa454a61.txt"]).toMatchObject({ pageDate: "Nov 6", year: 2025 });
    expect(catalog.listings.reduce((n, l) => n + l.entries.length, 0)).toBe(247);
  });

  it("finds links in abstracts and classifies code repositories", () => {
    const withCode = catalog.papers.filter((p) => p.links.some((l) => l.kind === "code"));
    expect(withCode.length).toBeGreaterThan(10);
    for (const p of catalog.papers) for (const l of p.links) expect(l.url).toMatch(/^https?:\/\/[^\s]+[^.,;:)]$/);
  });

  it("produces records that validate against the schema", () => {
    for (const p of catalog.papers) expect(PaperRecordSchema.safeParse(p).success).toBe(true);
  });
});

describe("merging and ids", () => {
  it("merges a paper listed in two files and keeps both sources", () => {
    const c = buildCatalog({
      listings: [
        listing("a.txt", `QuickQuant: 2-bit Quantization\n${ABSTRACT_A}\n`),
        listing("b.txt", `Layer Norm Revisited\n${ABSTRACT_B}\nQuickQuant: 2-Bit Quantization\n${ABSTRACT_A.replace("weights.", "weights,")}\n`),
      ],
    });
    expect(c.papers).toHaveLength(2);
    const q = c.papers.find((p) => p.title.startsWith("QuickQuant"))!;
    expect(q.sources).toEqual([
      { file: "a.txt", line: 1 },
      { file: "b.txt", line: 3 },
    ]);
    expect(c.warnings.length).toBeGreaterThan(0);
  });

  it("leaves a yearless Feb 29 empty, with a warning, when the listing's year has none", () => {
    const c = buildCatalog({
      listings: [listing("yl.txt", `Layer Norm Revisited\n${ABSTRACT_B}\n  • 3 authors\n·\nDec 30, 2022 4\n\nQuickQuant: 2-bit Quantization\n${ABSTRACT_A}\n  • 2 authors\n·\nFeb 29 3\n`)],
    });
    expect(c.papers.map((p) => [p.title, p.date]).sort()).toEqual([
      ["Layer Norm Revisited", "2022-12-30"],
      ["QuickQuant: 2-bit Quantization", null],
    ]);
    expect(c.warnings).toContain("content/sources/yl.txt:7: date Feb 29 has no year, and 2023, the year inferred for this listing, has no Feb 29; left empty");
  });

  it("merges a copy titled otherwise whose abstract is the same, with a sentence added, and keeps apart one that only opens alike", () => {
    const base = `${ABSTRACT_A} ${ABSTRACT_B}`;
    const long = `${base} We also release kernels that run the 2-bit weights at full speed on consumer GPUs.`;
    const c = buildCatalog({
      listings: [
        listing("a.txt", `QuickQuant: Evaluating LLMs at 2 Bits\n${base}\n`),
        listing("b.txt", `QuickQuant: Evaluating Large Language Models at 2 Bits\n${long}\n`),
        listing("c.txt", `Another Calibration-Free Quantizer\n${ABSTRACT_A.split(". ")[0]}. It trades accuracy for speed and is evaluated on summarization and translation with large models instead.\n`),
      ],
    });
    expect(c.papers).toHaveLength(2);
    const q = c.papers.find((p) => p.sources.length === 2)!;
    expect([q.abstract, q.sources.map((s) => s.file)]).toEqual([long, ["a.txt", "b.txt"]]);
    expect(c.warnings.some((w) => w.includes("copies list the title differently"))).toBe(true);
  });

  it("warns when copies of a paper name different arXiv ids, and keeps both links", () => {
    const c = buildCatalog({
      listings: [
        listing("a.txt", `QuickQuant: 2-bit Quantization\n${ABSTRACT_A}\nhttps://arxiv.org/abs/2403.11111v1\n`),
        listing("b.txt", `QuickQuant: 2-bit Quantization\n${ABSTRACT_A}\nhttps://arxiv.org/abs/2403.22222v2\n`),
        listing("c.txt", `Layer Norm Revisited\n${ABSTRACT_B}\nhttps://arxiv.org/abs/2403.33333v1\n`),
        listing("d.txt", `Layer Norm Revisited\n${ABSTRACT_B}\nhttps://arxiv.org/abs/2403.33333v2\n`),
      ],
    });
    expect(c.papers.find((p) => p.title.startsWith("QuickQuant"))!.links.map((l) => l.url)).toEqual(["https://arxiv.org/abs/2403.11111v1", "https://arxiv.org/abs/2403.22222v2"]);
    // Two versions of one arXiv paper are one id.
    expect(c.warnings.filter((w) => w.includes("copies name different"))).toEqual([
      "content/sources/a.txt:1: copies name different arXiv ids (2403.11111, 2403.22222); kept both links: check that they are one paper",
    ]);
  });

  it("never merges two different papers that share a title, and gives them different ids", () => {
    const c = buildCatalog({
      listings: [listing("a.txt", `Layer Normalization\n${ABSTRACT_B}\nLayer Normalization\n${ABSTRACT_C}\n`)],
    });
    expect(c.papers).toHaveLength(2);
    expect(new Set(c.papers.map((p) => p.id)).size).toBe(2);
  });

  it("merges an untitled abstract with a titled copy of it, taking the real title", () => {
    const c = buildCatalog({
      listings: [listing("a.txt", `Abstract:${ABSTRACT_C}\n`), listing("b.txt", `TopoSAE: Topology-Aware SAEs\n${ABSTRACT_C}\n`)],
    });
    expect(c.papers).toHaveLength(1);
    expect(c.papers[0]).toMatchObject({ title: "TopoSAE: Topology-Aware SAEs", titleInferred: false });
  });

  it("keeps every remaining paper's id when listings are reordered, added or removed", () => {
    const all = readSources();
    const ids = (ls: ParsedListing[]) =>
      new Map(buildCatalog({ listings: ls }).papers.flatMap((p) => p.sources.map((s) => [`${s.file}:${s.line}`, p.id] as const)));
    const full = ids(all);
    const reversed = ids([...all].reverse());
    const some = ids(all.filter((_, i) => i % 2 === 0));
    const extra = ids([...all, listing("zzz.txt", `Layer Norm Without the Mean\n${ABSTRACT_B}\n`)]);
    for (const [where, id] of full) {
      expect(reversed.get(where)).toBe(id);
      if (some.has(where)) expect(some.get(where)).toBe(id);
      expect(extra.get(where)).toBe(id);
    }
  });

  it("keeps a paper's id from content/ even when a new paper takes the same title", () => {
    const before = buildCatalog({ listings: [listing("a.txt", `Layer Normalization\n${ABSTRACT_B}\n`)] });
    const id = before.papers[0]!.id;
    const after = buildCatalog({
      listings: [listing("a.txt", `Layer Normalization\n${ABSTRACT_B}\n`), listing("b.txt", `Layer Normalization\n${ABSTRACT_C}\n`)],
      previous: before.papers,
    });
    expect(after.papers.find((p) => p.abstract === ABSTRACT_B)!.id).toBe(id);
    expect(after.papers.find((p) => p.abstract === ABSTRACT_C)!.id).not.toBe(id);
  });

  it("applies a curator's title and keeps the id, so the permalink survives", () => {
    const first = buildCatalog({ listings: [listing("a.txt", `Abstract:${ABSTRACT_C}\n`)] });
    const paper = first.papers[0]!;
    const corrected = buildCatalog({
      listings: [listing("a.txt", `Abstract:${ABSTRACT_C}\n`)],
      previous: first.papers,
      corrections: { papers: { [paper.id]: { title: "TopoSAE: Topology-Preserving Sparse Autoencoders" } } },
    });
    expect(corrected.papers[0]).toMatchObject({
      id: paper.id,
      title: "TopoSAE: Topology-Preserving Sparse Autoencoders",
      titleInferred: false,
      corrected: ["title"],
    });
  });

  it("warns about a correction for a paper that no longer exists", () => {
    const c = buildCatalog({
      listings: [listing("a.txt", `Abstract:${ABSTRACT_C}\n`)],
      corrections: { papers: { "gone-paper": { title: "Gone" } } },
    });
    expect(c.warnings).toContain("content/corrections.json: papers.gone-paper: no paper has this id; correction not applied");
  });
});
