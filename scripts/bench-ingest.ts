// npm run bench:ingest
// Figures, never assertions: parse/merge/validate throughput on generated 10k and 100k listings,
// then wall time and peak RSS of the real ingest (`node --import tsx scripts/ingest.ts`, as `npm run
// ingest` runs it) on a temporary content dir.
// Goals to compare against (issue 2): parse+validate >= 50k entries/s; full 10k ingest < 3 s.
// Merging (the catalog: duplicates, ids, inferred titles) is timed and shown on its own.
// The full ingest also runs after an edit of one listing in four (a word of every title changed,
// so those papers are matched to the ledger tolerantly), and the ledger's size is shown.
// BENCH_SKIP_PARSE=1 runs only the full-ingest part; PAPER_ATLAS_CORPUS points at the corpus when
// the checkout is not beside the shared folder.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCatalog } from "../lib/catalog";
import { decodeListing, looksLikeAbstract, parseListing } from "../lib/listing-parser";
import { PaperRecordSchema } from "../lib/schema";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = process.env.PAPER_ATLAS_CORPUS ?? path.resolve(ROOT, "../shared/corpus/hf-daily-papers-2023-2024.json");
const ENTRIES_PER_FILE = 2500;
const PARSE_RUNS = 5;
const INGEST_RUNS = 3;

type Paper = { title: string; abstract: string; authors: number; published: Date; upvotes: number };
type Source = { file: string; bytes: Uint8Array };

/** mulberry32: a seeded PRNG, so every run benchmarks byte-identical listings. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

function loadCorpus(): Paper[] {
  const raw = JSON.parse(readFileSync(CORPUS, "utf8")) as { title: string; authors: string[]; abstract: string; published: string; upvotes: number }[];
  return raw
    .map((r) => ({ title: collapse(r.title), abstract: collapse(r.abstract), authors: r.authors.length, published: new Date(r.published), upvotes: r.upvotes }))
    // The parser tells titles from abstracts by shape; a corpus abstract that reads as a title
    // would make a generated listing fail to parse, which is not what is being measured.
    .filter((p) => looksLikeAbstract(p.abstract) && !looksLikeAbstract(p.title));
}

/**
 * Variant n of a paper: a new title, and one of the first four words of the abstract changed. The
 * catalog buckets abstracts by their first 12 words, so variants stay distinct papers even untitled
 * (the table prints "merged N": it should be 0).
 */
function variant(p: Paper, n: number, rand: () => number): Paper {
  if (n === 0) return p;
  const words = p.abstract.split(" ");
  const i = Math.floor(rand() * Math.min(4, words.length));
  words[i] = `${words[i]}-${n}`;
  return { ...p, title: `${p.title} (variant ${n})`, abstract: words.join(" ") };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Aug 1, 2023 12" or "Sep 30 3": the year is printed only for 2023, so listings infer 2024. */
function metaDate(p: Paper, rand: () => number): string {
  const d = p.published;
  const year = d.getUTCFullYear() === 2024 ? "" : `, ${d.getUTCFullYear()}`;
  const votes = rand() < 0.1 ? "" : ` ${p.upvotes}`; // some entries show no upvote count
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}${year}${votes}`;
}

type Shape = "daily" | "pairs" | "abstracts";
const SHAPES: Shape[] = ["daily", "pairs", "daily", "abstracts"];
const FURNITURE = ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "", "Daily Papers", "", "byAK and the research community", "", "Nov 6", ""];

function listingText(shape: Shape, papers: Paper[], rand: () => number): string {
  if (shape === "abstracts") return papers.map((p) => `Abstract:${p.abstract}`).join("\n") + "\n";
  if (shape === "pairs") return ["Large Language Model", ...papers.flatMap((p) => [p.title, p.abstract])].join("\n") + "\n";
  const authors = (p: Paper) => (p.authors > 0 ? [`  • ${p.authors} author${p.authors === 1 ? "" : "s"}`] : []);
  const body = papers.flatMap((p) => [p.title, "", p.abstract, "", ...authors(p), "·", metaDate(p, rand), ""]);
  return [...FURNITURE, ...body].join("\n");
}

/**
 * `count` distinct papers, shuffled, in files of ENTRIES_PER_FILE rotating through the shapes.
 * `retitled`: the same bytes, but for the second word of every title in the first file ("Xish").
 */
function generate(corpus: Paper[], count: number, retitled = false): Source[] {
  const rand = prng(20240101 + count);
  const order = Array.from({ length: count }, (_, k) => k);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const papers = order.map((k) => variant(corpus[k % corpus.length]!, Math.floor(k / corpus.length), rand));
  const sources: Source[] = [];
  for (let f = 0; f * ENTRIES_PER_FILE < count; f++) {
    const shape = SHAPES[f % SHAPES.length]!;
    const slice = papers.slice(f * ENTRIES_PER_FILE, (f + 1) * ENTRIES_PER_FILE);
    const text = listingText(shape, retitled && f === 0 ? slice.map((p) => ({ ...p, title: p.title.replace(/^(\S+) (\S+)/, "$1 $2ish") })) : slice, rand);
    sources.push({ file: `${String(f).padStart(3, "0")}_bench-${shape}.txt`, bytes: Buffer.from(text, "utf8") });
  }
  return sources;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median of each timing `fn` reports, over `runs` runs after one untimed warm-up (JIT, caches). */
function medians<K extends string>(runs: number, fn: () => Record<K, number>): Record<K, number> {
  fn();
  const all = Array.from({ length: runs }, () => fn());
  return Object.fromEntries(Object.keys(all[0]!).map((k) => [k, median(all.map((r) => r[k as K]))])) as Record<K, number>;
}

const parseAll = (sources: Source[]) => sources.map((s) => parseListing(decodeListing(s.bytes, s.file), s.file));

function benchParse(label: string, sources: Source[], rows: string[][]) {
  const entries = parseAll(sources).reduce((n, l) => n + l.entries.length, 0);
  const mb = sources.reduce((n, s) => n + s.bytes.length, 0) / 1e6;
  // The floor: decode the same bytes and split them into lines, nothing else.
  const { baseline } = medians(PARSE_RUNS, () => {
    const t = performance.now();
    for (const s of sources) new TextDecoder().decode(s.bytes).split("\n").length;
    return { baseline: performance.now() - t };
  });
  let merged = 0;
  let invalid = 0;
  // The stages are timed within the same runs, so parse + merge + validate = total.
  const ms = medians(PARSE_RUNS, () => {
    const t0 = performance.now();
    const listings = parseAll(sources);
    const t1 = performance.now();
    const catalog = buildCatalog({ listings });
    const t2 = performance.now();
    invalid = catalog.papers.filter((p) => !PaperRecordSchema.safeParse(p).success).length;
    const t3 = performance.now();
    merged = catalog.stats.merged;
    return { parse: t1 - t0, merge: t2 - t1, validate: t3 - t2, total: t3 - t0 };
  });
  const row = (what: string, t: number) => [label, what, t.toFixed(0), Math.round((entries / t) * 1000).toLocaleString("en"), (t / baseline).toFixed(1)];
  rows.push(
    row(`baseline: decode+split lines (${mb.toFixed(0)} MB)`, baseline),
    row("parse (decodeListing+parseListing)", ms.parse),
    row("merge (buildCatalog, no topics)", ms.merge),
    row("validate (PaperRecordSchema.safeParse)", ms.validate),
    row("parse+validate", ms.parse + ms.validate),
    row(`parse+merge+validate (merged ${merged}, invalid ${invalid})`, ms.total),
  );
}

/**
 * Wall time of `node --import tsx <script>` from spawn to exit, its CPU time, and its peak RSS: NODE_OPTIONS
 * preloads a hook that logs the process's own high-water mark at exit, so no short-lived peak is
 * missed by polling. That is VmHWM where /proc has it: Linux's ru_maxrss
 * (process.resourceUsage().maxRSS) carries over what this bench process held when it forked the
 * child, which after the 100k runs is more than a small script's own peak. tsx runs as a loader
 * inside that one process, so there is no other process to count.
 */
let measured = 0;
function runMeasured(dir: string, script: string, env: Record<string, string>) {
  const hook = path.join(dir, "rss-hook.cjs");
  const log = path.join(dir, `rss-${measured++}.log`);
  writeFileSync(
    hook,
    `const fs = require("fs");
process.on("exit", () => {
  const hwm = fs.existsSync("/proc/self/status") && /VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  const cpu = process.cpuUsage();
  fs.writeFileSync(${JSON.stringify(log)}, (hwm ? hwm[1] : String(process.resourceUsage().maxRSS)) + " " + (cpu.user + cpu.system) / 1000);
});
`,
  );
  const t = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: ROOT, env: { ...process.env, ...env, NODE_OPTIONS: `--require ${JSON.stringify(hook)}` }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (out += d)); // warnings; kept to explain a failure
  return new Promise<{ ms: number; code: number | null; out: string; kb: number; cpuMs: number }>((resolve) =>
    child.on("close", (code) => {
      const ms = performance.now() - t;
      const [kb, cpuMs] = existsSync(log) ? readFileSync(log, "utf8").split(" ").map(Number) : [NaN, NaN];
      resolve({ ms, code, out, kb: kb!, cpuMs: cpuMs! });
    }),
  );
}

async function benchIngest(tmp: string, sources: Source[], editedSources: Source[], rows: string[][]) {
  const kinds = {
    fresh: "node --import tsx scripts/ingest.ts, empty papers/",
    rerun: "same again on its own output (re-run)",
    edited: "re-run after a title word changed in 1 listing of 4",
    startup: "node --import tsx noop.ts (startup floor)",
  };
  const samples: Record<keyof typeof kinds, number[][]> = { fresh: [], rerun: [], edited: [], startup: [] };
  const edited = editedSources[0]!;
  let size: ReturnType<typeof ledgerSize> = null;
  const noop = path.join(tmp, "noop.ts");
  writeFileSync(noop, "export {};\n");
  let summary = "";
  for (let run = 0; run < INGEST_RUNS; run++) {
    // A new content root per run: the sources, and a copy of the real taxonomy so topics are
    // assigned as in the real ingest. The repo's content/ is only read (topics), never written.
    // Roots are removed with tmp at the end, not after each run: on a file system without a
    // journal (ext4 here), files created within a minute or more of a mass deletion are slow to
    // create (new inodes skip the recently freed ones), so deleting 10k records here would slow
    // the next run's writes by a second or more - a cost of the bench, not of the ingest.
    const content = path.join(tmp, `content-${run}`);
    mkdirSync(path.join(content, "sources"), { recursive: true });
    for (const s of sources) writeFileSync(path.join(content, "sources", s.file), s.bytes);
    cpSync(path.join(ROOT, "content", "topics"), path.join(content, "topics"), { recursive: true });
    for (const kind of ["fresh", "rerun", "edited", "startup"] as const) {
      if (kind === "edited") writeFileSync(path.join(content, "sources", edited.file), edited.bytes);
      const r = await runMeasured(tmp, kind === "startup" ? noop : "scripts/ingest.ts", { PAPER_ATLAS_CONTENT: content });
      if (r.code !== 0) throw new Error(`${kind} run exited ${r.code}:\n${r.out.slice(-2000)}`);
      const said = r.out.split("\n");
      if (kind === "fresh") summary = said.slice(said.findIndex((l) => l.startsWith("ingest:")), -1).map((l) => l.trim()).join(" ").slice(0, 160);
      samples[kind].push([r.ms, r.cpuMs, r.kb / 1024]);
      if (kind === "edited" && run === 0) size = ledgerSize(content);
    }
  }
  for (const kind of ["fresh", "rerun", "edited", "startup"] as const) {
    rows.push([kinds[kind], ...[0, 1, 2].map((i) => median(samples[kind].map((x) => x[i]!)).toFixed(0))]);
  }
  return { summary, size };
}

function ledgerSize(content: string) {
  const file = path.join(content, "ledger.jsonl");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const papers = readdirSync(path.join(content, "papers")).reduce((n, f) => n + statSync(path.join(content, "papers", f)).size, 0);
  return { ledger: statSync(file).size, papers, entries: lines.length, retired: lines.filter((l) => !l.includes('"status":"live"')).length };
}

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Text columns (those whose first cell is not a number) left-aligned, figures right-aligned.
  const text = head.map((_, i) => !/^[\d,.]+$/.test(rows[0]?.[i] ?? ""));
  const line = (r: string[]) => r.map((c, i) => (text[i] ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(line)].join("\n");
}

async function main() {
  const corpus = loadCorpus();
  console.log(`corpus: ${corpus.length} papers usable; node ${process.version}, ${os.cpus().length} CPUs; medians of ${PARSE_RUNS} (parse) and ${INGEST_RUNS} (ingest) runs\n`);
  if (!process.env.BENCH_SKIP_PARSE) {
    const parseRows: string[][] = [];
    for (const n of [10_000, 100_000]) benchParse(`${n / 1000}k`, generate(corpus, n), parseRows);
    console.log(table(["size", "stage", "ms", "entries/s", "x baseline"], parseRows));
    console.log("goal: parse+validate >= 50,000 entries/s\n");
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), "paper-atlas-bench-"));
  try {
    const ingestRows: string[][] = [];
    const { summary, size } = await benchIngest(tmp, generate(corpus, 10_000), generate(corpus, 10_000, true), ingestRows);
    console.log(table(["10k entries, full ingest (child process)", "wall ms", "CPU ms", "peak RSS MB"], ingestRows));
    console.log(`ingest said: ${summary}`);
    if (size) {
      const kb = (n: number) => `${Math.round(n / 1024).toLocaleString("en")} KiB`;
      console.log(`ledger after the edited run: ${kb(size.ledger)} for ${size.entries} ids (${size.retired} retired), ${Math.round(size.ledger / size.entries)} bytes an id; papers/ ${kb(size.papers)}`);
    }
    console.log("peak RSS = high-water resident size of the node process running the script (VmHWM on Linux)");
    console.log("CPU ms = user + system time of that process (its main thread and workers): on a busy machine, steadier than wall time");
    console.log("goal: full 10k ingest < 3000 ms");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
