// npm run bench:ingest
// Figures, never assertions: parse/merge/validate throughput on generated 10k and 100k listings,
// then wall time and peak RSS of the real ingest (`node --import tsx scripts/ingest.ts`, as `npm run
// ingest` runs it) on a temporary content dir.
// Goals to compare against (issue 2): parse+validate >= 50k entries/s; full 10k ingest < 3 s.
// Merging (the catalog: duplicates, ids, inferred titles) is timed and shown on its own.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCatalog } from "../lib/catalog";
import { decodeListing, parseListing } from "../lib/listing-parser";
import { PaperRecordSchema } from "../lib/schema";
import { loadCorpus, type CorpusPaper } from "./corpus";
import { generateListings, type Source } from "./generate-listings";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES_PER_FILE = 2500;
const PARSE_RUNS = 5;
const INGEST_RUNS = 3;

/** `count` distinct papers in files of ENTRIES_PER_FILE, rotating through the five listing shapes. */
const generate = (corpus: CorpusPaper[], count: number): Source[] => generateListings(corpus, count, { perFile: ENTRIES_PER_FILE });

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
 * Wall time of `node --import tsx <script>` from spawn to exit, and its peak RSS: NODE_OPTIONS
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
  fs.writeFileSync(${JSON.stringify(log)}, hwm ? hwm[1] : String(process.resourceUsage().maxRSS));
});
`,
  );
  const t = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: ROOT, env: { ...process.env, ...env, NODE_OPTIONS: `--require ${JSON.stringify(hook)}` }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (out += d)); // warnings; kept to explain a failure
  return new Promise<{ ms: number; code: number | null; out: string; kb: number }>((resolve) =>
    child.on("close", (code) => {
      const ms = performance.now() - t;
      resolve({ ms, code, out, kb: existsSync(log) ? Number(readFileSync(log, "utf8")) : NaN });
    }),
  );
}

async function benchIngest(tmp: string, sources: Source[], rows: string[][]) {
  const kinds = { fresh: "node --import tsx scripts/ingest.ts, empty papers/", rerun: "same again on its own output (re-run)", startup: "node --import tsx noop.ts (startup floor)" };
  const samples: Record<keyof typeof kinds, number[][]> = { fresh: [], rerun: [], startup: [] };
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
    for (const kind of ["fresh", "rerun", "startup"] as const) {
      const r = await runMeasured(tmp, kind === "startup" ? noop : "scripts/ingest.ts", { PAPER_ATLAS_CONTENT: content });
      if (r.code !== 0) throw new Error(`${kind} run exited ${r.code}:\n${r.out.slice(-2000)}`);
      const said = r.out.split("\n");
      if (kind === "fresh") summary = said.slice(said.findIndex((l) => l.startsWith("ingest:")), -1).map((l) => l.trim()).join(" ").slice(0, 160);
      samples[kind].push([r.ms, r.kb / 1024]);
    }
  }
  for (const kind of ["fresh", "rerun", "startup"] as const) {
    rows.push([kinds[kind], ...[0, 1].map((i) => median(samples[kind].map((x) => x[i]!)).toFixed(0))]);
  }
  return summary;
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
  const parseRows: string[][] = [];
  for (const n of [10_000, 100_000]) benchParse(`${n / 1000}k`, generate(corpus, n), parseRows);
  console.log(table(["size", "stage", "ms", "entries/s", "x baseline"], parseRows));
  console.log("goal: parse+validate >= 50,000 entries/s\n");

  const tmp = mkdtempSync(path.join(os.tmpdir(), "paper-atlas-bench-"));
  try {
    const ingestRows: string[][] = [];
    const summary = await benchIngest(tmp, generate(corpus, 10_000), ingestRows);
    console.log(table(["10k entries, full ingest (child process)", "wall ms", "peak RSS MB"], ingestRows));
    console.log(`ingest said: ${summary}`);
    console.log("peak RSS = high-water resident size of the node process running the script (VmHWM on Linux)");
    console.log("goal: full 10k ingest < 3000 ms");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
