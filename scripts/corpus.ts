// The scale-test corpus (../shared/corpus: 753 real abstracts with authors, dates and upvotes) and
// the papers made from it, shared by the listing generator and the benchmarks. Only generator and
// bench scripts read the corpus; the catalog builds from its own files.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { looksLikeAbstract } from "../lib/listing-parser";

const CORPUS_FILE = path.join("shared", "corpus", "hf-daily-papers-2023-2024.json");
/**
 * The corpus file: PAPER_ATLAS_CORPUS, or ../shared/corpus/ beside the repository, or beside the
 * folder that holds it (a git worktree checked out one level further down).
 */
export const CORPUS =
  process.env.PAPER_ATLAS_CORPUS ??
  [path.resolve(import.meta.dirname, "..", ".."), path.resolve(import.meta.dirname, "..", "..", "..")].map((d) => path.join(d, CORPUS_FILE)).find(existsSync) ??
  path.resolve(import.meta.dirname, "..", "..", CORPUS_FILE);

export type CorpusPaper = { title: string; abstract: string; authors: number; published: Date; upvotes: number };

/** mulberry32: a seeded PRNG, so every run produces byte-identical papers and listings. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** The corpus papers a listing can carry, in corpus order. */
export function loadCorpus(file = CORPUS): CorpusPaper[] {
  const raw = JSON.parse(readFileSync(file, "utf8")) as { title: string; authors: string[]; abstract: string; published: string; upvotes: number }[];
  return raw
    .map((r) => ({ title: collapse(r.title), abstract: collapse(r.abstract), authors: r.authors.length, published: new Date(r.published), upvotes: r.upvotes }))
    // The parser tells titles from abstracts by shape; a corpus abstract that reads as a title
    // would make a generated listing fail to parse, which is not what is being generated.
    .filter((p) => looksLikeAbstract(p.abstract) && !looksLikeAbstract(p.title));
}

/**
 * Variant n of a paper: a new title, and one of the first four words of the abstract changed. The
 * catalog (lib/catalog.ts) merges entries only with the same title and nearly the same abstract,
 * and an untitled entry only with an abstract of the same first 12 words: variants differ in both,
 * so they stay distinct papers whether listed with a title or without.
 */
export function variant(p: CorpusPaper, n: number, rand: () => number): CorpusPaper {
  if (n === 0) return p;
  const words = p.abstract.split(" ");
  const i = Math.floor(rand() * Math.min(4, words.length));
  words[i] = `${words[i]}-${n}`;
  return { ...p, title: `${p.title} (variant ${n})`, abstract: words.join(" ") };
}

/** `count` distinct papers in a seeded shuffled order: every corpus paper once, then its variants. */
export function distinctPapers(corpus: CorpusPaper[], count: number, seed: number): CorpusPaper[] {
  const rand = prng(seed);
  const order = Array.from({ length: count }, (_, k) => k);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.map((k) => variant(corpus[k % corpus.length]!, Math.floor(k / corpus.length), rand));
}
