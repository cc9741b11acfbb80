// npm run bench:scale - what a catalog costs as it grows. For each size (BENCH_SCALE_SIZES, default
// 1000,10000; add 50000 for the big one) it generates listings of that many distinct papers
// (scripts/generate-listings.ts), runs the normal pipeline on them in a content root and out dir of
// its own (PAPER_ATLAS_CONTENT, PAPER_ATLAS_OUT_DIR): ingest, the build's content check, the search
// index, next build, prune; and measures:
//   - wall time, CPU time (user + system, the whole process tree) and peak RSS of each step and of the whole pipeline;
//   - out/ bytes and files, and bytes and files per paper, topic and source page;
//   - the gzip bytes a first-time visitor downloads for a paper page (every request Chromium makes,
//     counted by the server until the network is idle);
//   - search: bytes before the first results, first use to results and keystroke-to-paint p95
//     (scripts/measure-search.ts, as bench:search), with Pagefind over the same papers;
//   - how each cost grows per 1k papers, and which step grows worst.
// Prints a Markdown table (paste it into README.md's Performance section) and writes the figures
// as JSON to bench-results/. Figures, never assertions. Run it under `nice` on a shared machine.
// BENCH_SCALE_KEEP=1 keeps the generated catalogs in .tmp/bench-scale/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readPapers } from "../lib/content";
import { paperPath } from "../lib/routes";
import { SEARCH_DIR } from "../lib/search/options";
import { writeListings } from "./generate-listings";
import { runMeasured, type Measured } from "./measure-process";
import { launchChromium, measureSearch, p95, serve, writePagefind, type SearchFigures } from "./measure-search";

const ROOT = path.join(import.meta.dirname, "..");
const WORK = path.join(".tmp", "bench-scale"); // relative: next.config.ts's distDir is relative to the repo
const SIZES = (process.env.BENCH_SCALE_SIZES ?? "1000,10000").split(",").map(Number);
const NODE = process.execPath;
const TSX = ["--import", "tsx"];

/** cpu: user + system seconds of the step's whole process tree (every child waited for). */
type Step = { name: string; s: number; cpu: number; peakMB: number };
type PageCost = { pages: number; bytes: number; files: number };
type FirstView = { bytes: number; requests: number; byKind: Record<string, number>; url: string };
type SizeResult = {
  papers: number;
  steps: Step[];
  out: { bytes: number; files: number };
  pages: Record<"paper" | "topic" | "source" | "other", PageCost>;
  firstView: FirstView;
  search: { firstBytes: number; ready: number; paintedP95: number; floorP95: number; pagefindFirstBytes: number; pagefindFirst: number; pagefindP95: number };
};

function step(name: string, m: Measured & { cpu: number }): Step {
  if (m.code !== 0) throw new Error(`${name} exited ${m.code}:\n${m.out.slice(-3000)}`);
  return { name, s: m.ms / 1000, cpu: m.cpu, peakMB: m.peakMB };
}

/**
 * User + system CPU seconds of every child this process has waited for, and their waited-for
 * descendants (cutime + cstime of /proc/self/stat; 0 where there is no /proc). Less sensitive to a
 * busy machine than wall time.
 */
function childrenCpu(): number {
  if (!existsSync("/proc/self/stat")) return 0;
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}
/** USER_HZ: 100 on every Linux platform Node runs on. */
const CLOCK_TICKS = 100;

/**
 * Every file in out/, charged to the page it belongs to: the nearest folder above it (or its own)
 * that holds an index.html. Next writes a page's payload files beside its HTML or in folders under
 * it, so a page's cost is all of that. Files outside any page (scripts, styles, the search index)
 * are "other".
 */
function weighOut(out: string): SizeResult["out"] & { pages: SizeResult["pages"] } {
  const pageDirs = new Set<string>();
  const files: { rel: string; bytes: number }[] = [];
  for (const e of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(out, path.join(e.parentPath, e.name));
    files.push({ rel, bytes: statSync(path.join(out, rel)).size });
    if (e.name === "index.html") pageDirs.add(path.dirname(rel));
  }
  const pageOf = (rel: string): string | null => {
    for (let d = path.dirname(rel); ; d = path.dirname(d)) {
      if (pageDirs.has(d)) return d;
      if (d === "." || d === "/") return null;
    }
  };
  const kindOf = (page: string | null) =>
    page === null ? "other" : /^papers\/[^/]+$/.test(page) ? "paper" : /^topics\/[^/]+/.test(page) ? "topic" : /^sources\/[^/]+/.test(page) ? "source" : "other";
  const pages: SizeResult["pages"] = { paper: { pages: 0, bytes: 0, files: 0 }, topic: { pages: 0, bytes: 0, files: 0 }, source: { pages: 0, bytes: 0, files: 0 }, other: { pages: 0, bytes: 0, files: 0 } };
  for (const d of pageDirs) pages[kindOf(d)].pages++;
  for (const f of files) {
    const cost = pages[kindOf(pageOf(f.rel))];
    cost.bytes += f.bytes;
    cost.files++;
  }
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files: files.length, pages };
}

/** What Chromium downloads (gzip, as sent) to show a paper page to a first-time visitor. */
async function firstView(browser: Awaited<ReturnType<typeof launchChromium>>, out: string, id: string): Promise<FirstView> {
  const { server, url, sent } = await serve(out, []);
  const context = await browser.newContext(); // an empty cache
  try {
    const page = await context.newPage();
    await page.goto(`${url}${paperPath(id)}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(500); // anything requested late (prefetches on idle)
    await page.waitForLoadState("networkidle");
    const byKind: Record<string, number> = {};
    for (const r of sent.log) {
      const ext = path.extname(r.path);
      const kind = ext === ".html" ? "html" : ext === ".js" ? "js" : ext === ".css" ? "css" : ext === ".woff2" ? "font" : ext === ".txt" ? "rsc payload" : "other";
      byKind[kind] = (byKind[kind] ?? 0) + r.bytes;
    }
    return { bytes: sent.bytes, requests: sent.files, byKind, url: paperPath(id) };
  } finally {
    await context.close();
    server.close();
  }
}

async function measureSize(n: number, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<SizeResult> {
  const work = path.join(WORK, String(n));
  rmSync(path.join(ROOT, work), { recursive: true, force: true });
  const content = path.join(ROOT, work, "content");
  const outRel = path.join(work, "out");
  const out = path.join(ROOT, outRel);
  const index = path.join(ROOT, work, "search-index");
  const logs = path.join(ROOT, work, "logs");
  mkdirSync(logs, { recursive: true });
  writeListings(path.join(content, "sources"), n);
  cpSync(path.join(ROOT, "content", "topics"), path.join(content, "topics"), { recursive: true });
  cpSync(path.join(ROOT, "content", "acronyms.json"), path.join(content, "acronyms.json"));

  const env = { PAPER_ATLAS_CONTENT: content };
  let stepLogs = 0;
  const run = async (argv: string[], extra: Record<string, string> = {}) => {
    const cpu = childrenCpu();
    const m = await runMeasured(argv, { cwd: ROOT, env: { ...env, ...extra }, logDir: logs });
    // What the step printed (next build's phases and their times), kept with BENCH_SCALE_KEEP=1.
    writeFileSync(path.join(logs, `${path.basename(argv.find((a) => /\.(ts|js)$|\/next$/.test(a)) ?? "step")}-${++stepLogs}.log`), m.out);
    return { ...m, cpu: childrenCpu() - cpu };
  };
  console.error(`[${n}] ingest`);
  const ingest = await run([NODE, ...TSX, "scripts/ingest.ts"]);
  console.error(`[${n}] ingest --check and related papers, search index`);
  // As npm run build does: the content check and the related papers side by side, one core each
  // (the search index, the step that needs the most memory, runs alone: at 50k papers it and the
  // related papers together held 4.4 GB).
  const check = await run([NODE, ...TSX, "scripts/run-parallel.ts", "scripts/ingest.ts", "--check", "--", "scripts/derive-catalog.ts"]);
  const searchIndex = await run([NODE, ...TSX, "scripts/build-search-index.ts", index]);
  console.error(`[${n}] next build`);
  const build = await run([NODE, path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { PAPER_ATLAS_OUT_DIR: outRel, NEXT_TELEMETRY_DISABLED: "1" });
  // As npm run build does: every page becomes static HTML with islands, and the files no browser
  // requests (RSC payloads, Next's chunks, unused media) go.
  const prune = await run([NODE, ...TSX, "scripts/prune-export.ts", outRel]);
  const steps = [
    step("ingest", ingest),
    step("content check and related papers (side by side)", check),
    step("search index", searchIndex),
    step("next build", build),
    step("static pages and prune export", prune),
  ];
  steps.push({ name: "whole pipeline", s: steps.reduce((t, x) => t + x.s, 0), cpu: steps.reduce((t, x) => t + x.cpu, 0), peakMB: Math.max(...steps.map((x) => x.peakMB)) });
  // As the fixture build does: the site's index is this catalog's, not whatever public/ held.
  rmSync(path.join(out, SEARCH_DIR), { recursive: true, force: true });
  renameSync(index, path.join(out, SEARCH_DIR));
  const weighed = weighOut(out);

  const papers = readPapers(content);
  console.error(`[${n}] first view, search (Pagefind index of ${papers.length} papers)`);
  const fv = await firstView(browser, out, papers[Math.floor(papers.length / 2)]!.id);
  await writePagefind(papers, out); // after weighing out/: Pagefind is not part of the site
  const f: SearchFigures = await measureSearch(browser, out);
  if (!process.env.BENCH_SCALE_KEEP) rmSync(path.join(ROOT, work), { recursive: true, force: true });
  return {
    papers: papers.length,
    steps,
    out: { bytes: weighed.bytes, files: weighed.files },
    pages: weighed.pages,
    firstView: fv,
    search: {
      firstBytes: f.firstBytes,
      ready: f.ready,
      paintedP95: p95(f.painted),
      floorP95: p95(f.floor),
      pagefindFirstBytes: f.pagefind.firstBytes,
      pagefindFirst: f.pagefind.first,
      pagefindP95: p95(f.pagefind.times),
    },
  };
}

type Row = { label: string; unit: string; values: number[]; digits: number; growth?: boolean };

function rows(results: SizeResult[]): Row[] {
  const r: Row[] = [];
  const each = (fn: (x: SizeResult) => number) => results.map(fn);
  for (const [i, s] of results[0]!.steps.entries()) {
    r.push({ label: `${s.name}: wall time`, unit: "s", values: each((x) => x.steps[i]!.s), digits: 1 });
    r.push({ label: `${s.name}: CPU time (user + system)`, unit: "s", values: each((x) => x.steps[i]!.cpu), digits: 1 });
    r.push({ label: `${s.name}: peak RSS`, unit: "MB", values: each((x) => x.steps[i]!.peakMB), digits: 0 });
  }
  r.push({ label: "out/: size", unit: "MB", values: each((x) => x.out.bytes / 1e6), digits: 1 });
  r.push({ label: "out/: files", unit: "", values: each((x) => x.out.files), digits: 0 });
  r.push({ label: "out/ per paper", unit: "KB", values: each((x) => x.out.bytes / 1e3 / x.papers), digits: 1 });
  r.push({ label: "out/ files per paper", unit: "", values: each((x) => x.out.files / x.papers), digits: 2 });
  for (const kind of ["paper", "topic", "source"] as const) {
    r.push({ label: `${kind} pages`, unit: "", values: each((x) => x.pages[kind].pages), digits: 0 });
    r.push({ label: `per ${kind} page: size`, unit: "KB", values: each((x) => x.pages[kind].bytes / 1e3 / Math.max(1, x.pages[kind].pages)), digits: 1 });
    r.push({ label: `per ${kind} page: files`, unit: "", values: each((x) => x.pages[kind].files / Math.max(1, x.pages[kind].pages)), digits: 2 });
  }
  r.push({ label: "all other files (scripts, styles, search index, home, lists)", unit: "MB", values: each((x) => x.pages.other.bytes / 1e6), digits: 1 });
  r.push({ label: "first view of a paper page: downloaded (gzip)", unit: "KB", values: each((x) => x.firstView.bytes / 1e3), digits: 1 });
  const kinds = [...new Set(results.flatMap((x) => Object.keys(x.firstView.byKind)))].sort();
  for (const k of kinds) r.push({ label: `  of which ${k}`, unit: "KB", values: each((x) => (x.firstView.byKind[k] ?? 0) / 1e3), digits: 1 });
  r.push({ label: "  requests", unit: "", values: each((x) => x.firstView.requests), digits: 0 });
  r.push({ label: "search: bytes before first results (gzip)", unit: "KB", values: each((x) => x.search.firstBytes / 1e3), digits: 0 });
  r.push({ label: "  Pagefind, same papers", unit: "KB", values: each((x) => x.search.pagefindFirstBytes / 1e3), digits: 0 });
  r.push({ label: "search: first use to results", unit: "ms", values: each((x) => x.search.ready), digits: 0 });
  r.push({ label: "  Pagefind first query", unit: "ms", values: each((x) => x.search.pagefindFirst), digits: 0 });
  r.push({ label: "search: keystroke to paint p95", unit: "ms", values: each((x) => x.search.paintedP95), digits: 1 });
  r.push({ label: "  floor (a page that only echoes the key) p95", unit: "ms", values: each((x) => x.search.floorP95), digits: 1 });
  r.push({ label: "  Pagefind query + top 5 p95", unit: "ms", values: each((x) => x.search.pagefindP95), digits: 1 });
  return r;
}

/** Growth between the smallest and the largest size: added per 1k papers, and the exponent k in cost ~ papers^k. */
function growth(values: number[], sizes: number[]): { per1k: number; exponent: number } {
  const [a, b] = [0, values.length - 1];
  const per1k = ((values[b]! - values[a]!) / (sizes[b]! - sizes[a]!)) * 1000;
  const exponent = values[a]! > 0 && values[b]! > 0 ? Math.log(values[b]! / values[a]!) / Math.log(sizes[b]! / sizes[a]!) : NaN;
  return { per1k, exponent };
}

function fmt(v: number, digits: number): string {
  return Number.isFinite(v) ? v.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "-";
}

function markdown(results: SizeResult[]): string {
  const sizes = results.map((x) => x.papers);
  const many = results.length > 1;
  const head = ["", ...sizes.map((n) => `${n.toLocaleString("en")} papers`), ...(many ? ["per 1k papers", "grows as papers^k"] : [])];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`];
  for (const row of rows(results)) {
    const label = row.unit ? `${row.label} (${row.unit})` : row.label;
    const g = growth(row.values, sizes);
    const cells = [label.replace(/^ {2}/, "&nbsp;&nbsp;"), ...row.values.map((v) => fmt(v, row.digits)), ...(many ? [`${g.per1k >= 0 ? "+" : ""}${fmt(g.per1k, row.digits + 1)}`, fmt(g.exponent, 2)] : [])];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

function verdict(results: SizeResult[]): string {
  if (results.length < 2) return "(one size: no growth to report)";
  const sizes = results.map((x) => x.papers);
  const steps = results[0]!.steps.filter((s) => s.name !== "whole pipeline").map((s, i) => ({ name: s.name, ...growth(results.map((x) => x.steps[i]!.s), sizes) }));
  const whole = growth(results.map((x) => x.steps.at(-1)!.s), sizes);
  const worst = [...steps].sort((a, b) => b.per1k - a.per1k)[0]!;
  const steepest = [...steps].sort((a, b) => b.exponent - a.exponent)[0]!;
  const out = growth(results.map((x) => x.out.bytes / 1e6), sizes);
  const files = growth(results.map((x) => x.out.files), sizes);
  return [
    `Grows worst: ${worst.name}, +${worst.per1k.toFixed(1)} s per 1k papers, ${((worst.per1k / whole.per1k) * 100).toFixed(0)}% of the whole pipeline's +${whole.per1k.toFixed(1)} s per 1k` +
      (steepest.name === worst.name ? ` (and the steepest, papers^${steepest.exponent.toFixed(2)}).` : `; steepest: ${steepest.name} (papers^${steepest.exponent.toFixed(2)}).`),
    `out/ grows by ${out.per1k.toFixed(0)} MB and ${files.per1k.toFixed(0)} files per 1k papers.`,
  ].join("\n");
}

async function main() {
  const started = new Date();
  const load = os.loadavg()[0]!;
  const browser = await launchChromium();
  const results: SizeResult[] = [];
  try {
    for (const n of SIZES) {
      const t = performance.now();
      results.push(await measureSize(n, browser));
      console.error(`[${n}] done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      // Each size as it is done: a long run that fails later keeps what it measured.
      mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
      writeFileSync(path.join(ROOT, "bench-results", `scale-${started.toISOString().replace(/[:.]/g, "-")}-partial.json`), `${JSON.stringify(results, null, 2)}\n`);
    }
  } finally {
    await browser.close();
  }
  const loadEnd = os.loadavg()[0]!;
  const cores = os.cpus().length;
  const busy = Math.max(load, loadEnd) > cores * 0.5;
  const machine = `${cores} cores (${os.cpus()[0]?.model.trim() ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${os.platform()}; measured ${started.toISOString().slice(0, 16).replace("T", " ")} UTC; load average ${load.toFixed(1)} at start, ${loadEnd.toFixed(1)} at end${busy ? " (a busy machine: other work shared the cores)" : ""}`;
  const note = "Peak RSS: the larger of the biggest single process's high-water mark and the sampled sum over the step's process tree. First view: every request Chromium made for a paper page with an empty cache until the network was idle, gzip bytes as sent. Search: as `npm run bench:search` measures it, on this catalog's own site.";
  const text = [`Measured with \`npm run bench:scale\` on ${machine}.`, "", markdown(results), "", verdict(results), "", note].join("\n");
  console.log(`\n${text}`);
  mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
  const file = path.join(ROOT, "bench-results", `scale-${started.toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify({ machine, sizes: SIZES, results, markdown: text }, null, 2)}\n`);
  rmSync(path.join(ROOT, "bench-results", `scale-${started.toISOString().replace(/[:.]/g, "-")}-partial.json`), { force: true });
  console.log(`\n(figures as JSON: ${path.relative(ROOT, file)})`);
  if (!existsSync(path.join(ROOT, WORK))) return;
  if (!process.env.BENCH_SCALE_KEEP) rmSync(path.join(ROOT, WORK), { recursive: true, force: true });
}

await main();
