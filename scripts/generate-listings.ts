// npm run generate:listings -- --count N --out DIR [--seed S] [--per-file M]
// Writes listings of N distinct papers (real abstracts from ../shared/corpus) into DIR, in the five
// shapes of the seed listings in content/sources/, so that any size of catalog can go through the
// normal pipeline (PAPER_ATLAS_CONTENT=<root with DIR as sources/> npm run ingest):
//   abstracts   "Abstract:..." lines, untitled (titles are inferred)
//   daily       a daily-papers page: furniture, page date, title / blank / abstract
//   feed        a daily-papers feed with metadata blocks ("• 4 authors" / "·" / "Aug 1, 2024 12")
//               under some entries, some without authors or upvotes
//   search      search results: title and abstract lines, no blanks, "Subscribe" glued to the first title
//   collection  a reading list: its heading, then title / abstract lines
// Every third file has CRLF line ends. Deterministic: the same arguments write the same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distinctPapers, loadCorpus, prng, type CorpusPaper } from "./corpus";

export const SHAPES = ["abstracts", "daily", "feed", "search", "collection"] as const;
export type Shape = (typeof SHAPES)[number];
export type Source = { file: string; bytes: Uint8Array };
export type GenerateOptions = {
  seed?: number;
  /** Entries per file: a fixed number, or by default 20-80 (a day's feed, a page of results). */
  perFile?: number;
  /** Shapes to rotate through, in order; all five by default. */
  shapes?: readonly Shape[];
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HEADINGS = ["Large Language Model", "Reading list: efficient inference", "Interpretability", "To read this week", "Multimodal"];
const monthDay = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;

/**
 * The metadata block under an entry of a feed, or none. A feed prints the year only for years before
 * its own, and the parser infers the feed's year from the latest year printed; so a date is printed
 * without year only when the feed also prints an earlier year, otherwise always with it.
 */
function metadata(p: CorpusPaper, feedYear: number, yearless: boolean, rand: () => number): string[] {
  const r = rand();
  const year = p.published.getUTCFullYear();
  if (r < 0.15 && year === feedYear) return []; // no block at all (a printed earlier year always has one)
  const date = `${monthDay(p.published)}${yearless && year === feedYear ? "" : `, ${year}`}`;
  const votes = rand() < 0.1 || p.upvotes === 0 ? "" : ` ${p.upvotes}`; // some entries show no upvote count
  const authors = r < 0.3 || p.authors === 0 ? [] : [`  \u2022 ${p.authors} author${p.authors === 1 ? "" : "s"}`];
  return [...authors, "\u00b7", `${date}${votes}`];
}

function listingText(shape: Shape, papers: CorpusPaper[], index: number, rand: () => number): string {
  switch (shape) {
    case "abstracts":
      return papers.map((p) => `Abstract:${p.abstract}`).join("\n") + "\n";
    case "daily":
      return ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "", "byAK and the research community", "", monthDay(papers[0]!.published), "", ...papers.flatMap((p) => [p.title, "", p.abstract, ""])].join("\n");
    case "feed": {
      const years = papers.map((p) => p.published.getUTCFullYear());
      const feedYear = Math.max(...years);
      const yearless = years.some((y) => y < feedYear);
      const body = papers.flatMap((p) => [p.title, "", p.abstract, "", ...metadata(p, feedYear, yearless, rand), ""]);
      return ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "", "Daily Papers", "", "byAK and the research community", "", monthDay(papers[0]!.published), "", ...body].join("\n");
    }
    case "search": {
      const [first, ...rest] = papers;
      // The page's "Subscribe" button text runs into the first title when that starts like a title.
      const glued = /^[A-Z0-9("'[]/.test(first!.title) ? [`Subscribe${first!.title}`] : ["Subscribe", first!.title];
      return ["Get trending papers in your email inbox once a day!", "Get trending papers in your email inbox!", ...glued, first!.abstract, ...rest.flatMap((p) => [p.title, p.abstract])].join("\n") + "\n";
    }
    case "collection":
      return [HEADINGS[index % HEADINGS.length]!, ...papers.flatMap((p) => [p.title, p.abstract])].join("\n") + "\n";
  }
}

/** Listings of `count` distinct papers, in files rotating through the shapes. */
export function generateListings(corpus: CorpusPaper[], count: number, options: GenerateOptions = {}): Source[] {
  const seed = options.seed ?? 20240101;
  const shapes = options.shapes ?? SHAPES;
  const rand = prng(seed + count);
  const papers = distinctPapers(corpus, count, seed + count);
  const sources: Source[] = [];
  for (let at = 0, f = 0; at < count; f++) {
    const size = options.perFile ?? 20 + Math.floor(rand() * 61);
    const shape = shapes[f % shapes.length]!;
    let text = listingText(shape, papers.slice(at, at + size), f, rand);
    if (f % 3 === 2) text = text.replace(/\n/g, "\r\n");
    sources.push({ file: `gen-${String(f).padStart(5, "0")}-${shape}.txt`, bytes: Buffer.from(text, "utf8") });
    at += size;
  }
  return sources;
}

/** Write the listings into `dir` (created if need be); returns the files written. */
export function writeListings(dir: string, count: number, options: GenerateOptions = {}): Source[] {
  const sources = generateListings(loadCorpus(), count, options);
  mkdirSync(dir, { recursive: true });
  for (const s of sources) writeFileSync(path.join(dir, s.file), s.bytes);
  return sources;
}

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(arg("count"));
  const out = arg("out");
  if (!Number.isInteger(count) || count < 1 || !out) {
    console.error("usage: npm run generate:listings -- --count N --out DIR [--seed S] [--per-file M]");
    return 1;
  }
  const seed = arg("seed") === undefined ? undefined : Number(arg("seed"));
  const perFile = arg("per-file") === undefined ? undefined : Number(arg("per-file"));
  const sources = writeListings(path.resolve(out), count, { seed, perFile });
  console.log(`${sources.length} listings of ${count} papers in ${out}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exitCode = main(process.argv.slice(2));
