// npm run bench:ingest
// Figures, never assertions: parse/merge/validate throughput on generated 10k and 100k listings,
// then wall time and peak RSS of the real ingest (`node --import tsx scripts/ingest.ts`, as `npm run
// ingest` runs it) on a temporary content dir.
// Goals to compare against (issue 2): parse+validate >= 50k entries/s; full 10k ingest < 3 s.
// Merging (the catalog: duplicates, ids, inferred titles) is timed and shown on its own.
// The full ingest also runs after an edit of one listing in four (a word of every title changed,
// so those papers are matched to the ledger tolerantly), and the ledger's size is shown.
// BENCH_SKIP_PARSE=1 runs only the full-ingest part.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCatalog } from "../lib/catalog";
import { decodeListing, parseListing } from "../lib/listing-parser";
import { PaperRecordSchema } from "../lib/schema";
import { loadCorpus, type CorpusPaper } from "./corpus";
import { generateListings, type Source } from "./generate-listings";
import { runMeasured, table } from "./measure-process";

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

async function benchIngest(tmp: string, sources: Source[], edited: Source, rows: string[][]) {
  const kinds = {
    fresh: "node --import tsx scripts/ingest.ts, empty papers/",
    rerun: "same again on its own output (re-run)",
    edited: "re-run after a title word changed in 1 listing of 4",
    startup: "node --import tsx noop.ts (startup floor)",
  };
  const samples: Record<keyof typeof kinds, number[][]> = { fresh: [], rerun: [], edited: [], startup: [] };
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
      const r = await runMeasured([process.execPath, "--import", "tsx", kind === "startup" ? noop : "scripts/ingest.ts"], { cwd: ROOT, env: { PAPER_ATLAS_CONTENT: content }, logDir: tmp });
      if (r.code !== 0) throw new Error(`${kind} run exited ${r.code}:\n${r.out.slice(-2000)}`);
      const said = r.out.split("\n");
      if (kind === "fresh") summary = said.slice(said.findIndex((l) => l.startsWith("ingest:")), -1).map((l) => l.trim()).join(" ").slice(0, 160);
      samples[kind].push([r.ms, r.processPeakMB]);
      if (kind === "edited" && run === 0) size = ledgerSize(content);
    }
  }
  for (const kind of ["fresh", "rerun", "edited", "startup"] as const) {
    rows.push([kinds[kind], ...[0, 1].map((i) => median(samples[kind].map((x) => x[i]!)).toFixed(0))]);
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
    // The same listings with the second word of every title changed: the first file is the edit.
    const retitled = corpus.map((p) => ({ ...p, title: p.title.replace(/^(\S+) (\S+)/, "$1 $2ish") }));
    const { summary, size } = await benchIngest(tmp, generate(corpus, 10_000), generate(retitled, 10_000)[0]!, ingestRows);
    console.log(table(["10k entries, full ingest (child process)", "wall ms", "peak RSS MB"], ingestRows));
    console.log(`ingest said: ${summary}`);
    if (size) {
      const kb = (n: number) => `${Math.round(n / 1024).toLocaleString("en")} KiB`;
      console.log(`ledger after the edited run: ${kb(size.ledger)} for ${size.entries} ids (${size.retired} retired), ${Math.round(size.ledger / size.entries)} bytes an id; papers/ ${kb(size.papers)}`);
    }
    console.log("peak RSS = high-water resident size of the node process running the script (VmHWM on Linux)");
    console.log("goal: full 10k ingest < 3000 ms");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
