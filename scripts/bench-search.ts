// npm run bench:search - search size and speed in Chromium, against the built site (run
// `npm run build` first), for the current catalog and generated catalogs of 10k and 50k papers
// (real abstracts from ../shared/corpus), with Pagefind over the same papers side by side.
// Prints figures; asserts nothing. Every latency is a median or p95 of many keystrokes.
// BENCH_SIZES=current,10000 picks the catalogs; BENCH_PAUSE_MS the pause after each keystroke's
// results before the next keystroke (default 100 ms: a fast typist, about 100 words a minute;
// 30 is a stress test that leaves fetching ahead no time); BENCH_VERBOSE=1 also prints every
// keystroke and every index request.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import * as pagefind from "pagefind";
import { readAcronyms, readPapers, readTopics } from "../lib/content";
import { buildSearchIndex } from "../lib/search/build-index";
import { SearchEngine } from "../lib/search/engine";
import { describeMetrics, evaluate, rankedIds, resolveJudged, type JudgedByTitle } from "../lib/search/evaluate";
import { SEARCH_DIR } from "../lib/search/options";
import type { PaperRecord } from "../lib/schema";
import { slugify } from "../lib/slug";

const ROOT = process.cwd();
const OUT = path.join(ROOT, "out");
const CORPUS = path.join(ROOT, "..", "shared", "corpus", "hf-daily-papers-2023-2024.json");
const SIZES = (process.env.BENCH_SIZES ?? "current,10000,50000").split(",");
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 100);
const DISTRACTORS = Number(process.env.BENCH_DISTRACTORS ?? 10000);
const TYPED = ["sparse autoencoders", "quantization of llms", "diffusion video generation", "mixture of experts routing", "long context retrieval"];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Generated papers: real abstracts, varied so that every paper is distinct. */
function syntheticPapers(n: number): PaperRecord[] {
  const corpus = JSON.parse(readFileSync(CORPUS, "utf8")) as { title: string; abstract: string; published: string; upvotes: number }[];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const taken = new Set<string>();
  return Array.from({ length: n }, (_, i) => {
    const c = corpus[i % corpus.length]!;
    const round = Math.floor(i / corpus.length);
    const title = c.title.replace(/\s+/g, " ").trim() + (round > 0 ? ` (${round})` : "");
    const words = c.abstract.replace(/\s+/g, " ").trim().split(" ");
    for (let k = 0; round > 0 && k < 6; k++) {
      const a = Math.floor(rnd() * words.length);
      const b = Math.floor(rnd() * words.length);
      [words[a], words[b]] = [words[b]!, words[a]!];
    }
    return {
      id: taken.has(slugify(title)) ? `${slugify(title)}-${i}` : (taken.add(slugify(title)), slugify(title)), // as the ingest names papers
      title,
      abstract: words.join(" "),
      titleInferred: false, authorCount: 3, date: c.published.slice(0, 10), dateInferred: false, upvotes: c.upvotes,
      links: [], sources: [{ file: "generated.txt", line: i + 1 }], topics: [], corrected: [],
    };
  });
}

/**
 * A static server over `dir` that sends files gzipped, compressed before the first request like a
 * static host or CDN does (compressing on request would add to the first fetch of every file), and
 * logs the compressed bytes it sends.
 */
function serve(dir: string): Promise<{ server: Server; url: string; sent: { bytes: number; files: number } }> {
  const sent = { bytes: 0, files: 0 };
  const cache = new Map<string, Buffer>();
  const compressible = (file: string) => path.extname(file) !== ".woff2" && !file.includes("pagefind/fragment") && !file.includes(".pf_");
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) cache.set(file, compressible(file) ? gzipSync(readFileSync(file)) : readFileSync(file));
  }
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm", ".woff2": "font/woff2" };
  const server = createServer((req, res) => {
    let file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(path.join(file, "index.html"))) file = path.join(file, "index.html");
    if (!cache.has(file)) return void res.writeHead(404).end();
    const body = cache.get(file)!;
    const ext = path.extname(file);
    sent.bytes += body.length;
    sent.files++;
    res.writeHead(200, { "content-type": types[ext] ?? "application/octet-stream", ...(compressible(file) ? { "content-encoding": "gzip" } : {}), "cache-control": "no-store" });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, sent });
  }));
}

async function writeCatalogSite(papers: PaperRecord[], real: boolean): Promise<{ dir: string; rawBytes: number; gzBytes: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
  cpSync(OUT, dir, { recursive: true });
  let rawBytes = 0;
  let gzBytes = 0;
  if (!real) {
    rmSync(path.join(dir, SEARCH_DIR), { recursive: true, force: true });
    const files = await buildSearchIndex(papers, [], { acronyms: [] });
    for (const [name, data] of files) {
      const file = path.join(dir, SEARCH_DIR, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(data));
    }
  }
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, name.name);
      if (name.isDirectory()) walk(p);
      else {
        const b = readFileSync(p);
        rawBytes += b.length;
        gzBytes += gzipSync(b).length;
      }
    }
  };
  walk(path.join(dir, SEARCH_DIR));
  // Pagefind over the same papers, as custom records (no HTML needed at 50k).
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error("pagefind did not start");
  for (const p of papers) await index.addCustomRecord({ url: `/papers/${p.id}/`, content: `${p.title}. ${p.abstract}`, language: "en", meta: { title: p.title } });
  await index.writeFiles({ outputPath: path.join(dir, "pagefind") });
  return { dir, rawBytes, gzBytes };
}

type Keystroke = { query: string; rendered: number; painted: number; framed: boolean; at: number };

/**
 * Keystroke to results on the real search page, for every keystroke after the first: from the input
 * event's time to the results for that text in the DOM ("rendered"), and to the start of the next
 * frame after that ("painted"). The first keystroke loads the engine. "ready" is first use to
 * results: from the keystroke whose answer is the first to show results (a first letter alone
 * shows none) to that answer painted; `onFirstResults` runs once it is in. Keystrokes up to then
 * are first use, not typing.
 */
async function measureTyping(page: Page, queries: string[], onFirstResults: () => void) {
  await page.evaluate(() => {
    const w = window as unknown as { __keys: Keystroke[]; __ready: number | null };
    w.__keys = [];
    w.__ready = null;
    const input = document.querySelector<HTMLInputElement>("#search-page-input")!;
    const list = document.querySelector("ol[data-query]")!;
    let pending: { value: string; t: number; framed: boolean } | null = null;
    input.addEventListener("input", (e) => {
      const p = { value: input.value, t: e.timeStamp, framed: false };
      pending = p;
      requestAnimationFrame(() => (p.framed = true)); // a frame began before the results were in
    });
    new MutationObserver(() => {
      const p = pending;
      if (p && list.getAttribute("data-query") === p.value) {
        pending = null;
        const rendered = performance.now() - p.t;
        const framed = p.framed;
        requestAnimationFrame(() => {
          const t = performance.now();
          // Keystrokes up to the first results are first use; later ones are typing.
          if (w.__ready === null) {
            if (document.querySelector("[data-result]")) w.__ready = t - p.t;
          } else if (p.value !== "") w.__keys.push({ query: p.value, rendered, painted: t - p.t, framed, at: p.t }); // "" is the box being cleared
        });
      }
    }).observe(list, { attributes: true, childList: true, subtree: true });
  });
  let waiting = true;
  const onAnswer = async () => {
    if (waiting && (await page.evaluate(() => document.querySelector("[data-result]") !== null))) {
      waiting = false;
      onFirstResults();
    }
  };
  await typeQueries(page, "#search-page-input", queries, (v) => document.querySelector("ol[data-query]")?.getAttribute("data-query") === v, onAnswer);
  if (process.env.BENCH_VERBOSE) console.log((await indexRequests(page)).join("\n"));
  return page.evaluate(() => {
    const w = window as unknown as { __keys: Keystroke[]; __ready: number | null };
    return { keys: w.__keys, ready: w.__ready ?? NaN };
  });
}

/** Each index file the page fetched: when, how long it queued, waited and downloaded. */
function indexRequests(page: Page): Promise<string[]> {
  return page.evaluate((dir) =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((r) => r.name.includes(`/${dir}/`))
      .map((r) => `      ${r.name.split(`/${dir}/`)[1]} at ${r.startTime.toFixed(0)} ms: queued ${(r.requestStart - r.startTime).toFixed(1)}, first byte ${(r.responseStart - r.requestStart).toFixed(1)}, body ${(r.responseEnd - r.responseStart).toFixed(1)} ms, done at ${r.responseEnd.toFixed(0)} ms`),
  SEARCH_DIR);
}

/** Type each query a character at a time, waiting for the page to answer each keystroke. */
async function typeQueries(page: Page, selector: string, queries: string[], answered: (value: string) => boolean, onAnswer: () => Promise<void> = async () => {}) {
  for (const q of queries) {
    await page.fill(selector, "");
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForFunction(answered, await page.inputValue(selector), { timeout: 10_000 }).catch(() => undefined);
      await onAnswer();
      await page.waitForTimeout(PAUSE_MS);
    }
  }
}

/**
 * The floor of keystroke-to-paint in this browser: the same measurement on a page whose "results"
 * are the typed text itself. Paint waits for the next frame (every 16.7 ms at 60 Hz), whatever the
 * page does, so this is the baseline the search page's figures compare against.
 */
async function measureFloor(page: Page, queries: string[]): Promise<number[]> {
  await page.setContent(`<input id="q"><ol data-query=""></ol>`);
  await page.evaluate(() => {
    const w = window as unknown as { __painted: number[] };
    w.__painted = [];
    const input = document.querySelector("input")!;
    const list = document.querySelector("ol")!;
    input.addEventListener("input", (e) => {
      list.textContent = input.value;
      list.setAttribute("data-query", input.value);
      requestAnimationFrame(() => w.__painted.push(performance.now() - e.timeStamp));
    });
  });
  await typeQueries(page, "#q", queries, (v) => document.querySelector("ol")?.getAttribute("data-query") === v);
  return page.evaluate(() => (window as unknown as { __painted: number[] }).__painted);
}

async function measurePagefind(page: Page, base: string, queries: string[], sent: { bytes: number }) {
  await page.goto(`${base}/pagefind-bench.html`);
  sent.bytes = 0;
  const first = await page.evaluate(async (q) => {
    const t = performance.now();
    const pf = await import(["", "pagefind", "pagefind.js"].join("/"));
    const s = await pf.search(q);
    await Promise.all(s.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
    return performance.now() - t;
  }, queries[0]!);
  const firstBytes = sent.bytes;
  const times: number[] = [];
  for (const q of queries) {
    for (let n = 1; n <= q.length; n++) {
      times.push(await page.evaluate(async (text) => {
        const t = performance.now();
        const pf = await import(["", "pagefind", "pagefind.js"].join("/"));
        const s = await pf.search(text);
        await Promise.all(s.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
        return performance.now() - t;
      }, q.slice(0, n)));
    }
  }
  return { first, firstBytes, times };
}

async function pagefindRanked(page: Page, q: string): Promise<string[]> {
  return page.evaluate(async (text) => {
    const pf = await import(["", "pagefind", "pagefind.js"].join("/"));
    const s = await pf.search(text);
    const data = await Promise.all(s.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d) => d.url.split("/").filter(Boolean).pop()!.replace(/\.html$/, ""));
  }, q);
}

async function main() {
  if (!existsSync(path.join(OUT, SEARCH_DIR, "manifest.json"))) throw new Error("out/ has no search index: run `npm run build` first");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const rows: string[] = [];
  for (const size of SIZES) {
    const real = size === "current";
    const papers = real ? readPapers() : syntheticPapers(Number(size));
    const firstRow = rows.length;
    const { dir, rawBytes, gzBytes } = await writeCatalogSite(papers, real);
    writeFileSync(path.join(dir, "pagefind-bench.html"), "<!doctype html><title>pagefind bench</title><p>bench</p>");
    const { server, url, sent } = await serve(dir);
    const page = await browser.newPage();
    await page.goto(`${url}/search/`);
    await page.waitForSelector("#search-page-input"); // the search UI replaces the no-JS text once hydrated
    sent.bytes = 0; // what search costs: its code and index, not the page around it
    let firstBytes = NaN;
    // Bytes until the first keystroke that shows results: what search cost before it helped.
    const ours = await measureTyping(page, TYPED, () => (firstBytes = sent.bytes));
    const ourBytes = sent.bytes;
    const rendered = ours.keys.map((k) => k.rendered);
    const painted = ours.keys.map((k) => k.painted);
    const floor = await measureFloor(page, TYPED);
    if (process.env.BENCH_VERBOSE) for (const k of ours.keys) console.log(`    ${JSON.stringify(k.query).padEnd(32)} at ${k.at.toFixed(0)} ms: rendered ${k.rendered.toFixed(1).padStart(6)} ms  painted ${k.painted.toFixed(1).padStart(6)} ms${k.framed ? "  (a frame without them came first)" : ""}`);
    const pf = await measurePagefind(page, url, TYPED, sent);
    rows.push(
      `${real ? `current (${papers.length})` : size} papers`,
      `  Paper Atlas: index ${kb(rawBytes)} raw / ${kb(gzBytes)} gzip; search code and index bytes before first results ${kb(firstBytes)}, for all ${TYPED.length} typed queries ${kb(ourBytes)}; first use to results ${ours.ready.toFixed(0)} ms`,
      `    keystroke to results rendered p50 ${median(rendered).toFixed(1)} ms, p95 ${p95(rendered).toFixed(1)} ms; to painted p50 ${median(painted).toFixed(1)} ms, p95 ${p95(painted).toFixed(1)} ms (${painted.length} keystrokes, ${PAUSE_MS} ms pause after each answer)`,
      `    floor (a page that only echoes the keystroke): painted p50 ${median(floor).toFixed(1)} ms, p95 ${p95(floor).toFixed(1)} ms; search painted p95 / floor p95 ${(p95(painted) / p95(floor)).toFixed(2)}`,
      `  Pagefind:    bytes before first results ${kb(pf.firstBytes)}; first query ${pf.first.toFixed(0)} ms; query+top-5 data p50 ${median(pf.times).toFixed(1)} ms, p95 ${p95(pf.times).toFixed(1)} ms`,
    );
    if (real) {
      const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, "tests", "fixtures", file), "utf8")) as JudgedByTitle[];
      const judged = resolveJudged([...read("relevance.json"), ...read("relevance-topical.json")], papers);
      const files = await buildSearchIndex(papers, readTopics(), readAcronyms());
      const engine = await SearchEngine.open(async (p) => structuredClone(files.get(p)));
      const mine = await evaluate(judged, (q) => rankedIds(engine, q));
      const theirs = await evaluate(judged, (q) => pagefindRanked(page, q));
      // The same queries with DISTRACTORS generated papers added to the catalog (issue 11).
      const crowd = [...papers, ...syntheticPapers(DISTRACTORS).map((p) => ({ ...p, id: `distractor-${p.id}` }))];
      const crowdFiles = await buildSearchIndex(crowd, readTopics(), readAcronyms());
      const crowdEngine = await SearchEngine.open(async (p) => structuredClone(crowdFiles.get(p)));
      const known = resolveJudged(read("relevance.json"), papers);
      const topical = resolveJudged(read("relevance-topical.json"), papers);
      const crowdedKnown = await evaluate(known, (q) => rankedIds(crowdEngine, q));
      const crowdedTopical = await evaluate(topical, (q) => rankedIds(crowdEngine, q));
      rows.push(
        `  relevance on ${judged.length} judged queries (relevance.json and relevance-topical.json):`,
        `    Paper Atlas: ${describeMetrics(mine)}`,
        `    Pagefind:    ${describeMetrics(theirs)}`,
        `  with ${DISTRACTORS} generated distractor papers added (real abstracts on the same subjects as the catalog, each repeated with a few words swapped):`,
        `    Paper Atlas, relevance.json: ${describeMetrics(crowdedKnown)}`,
        `    Paper Atlas, relevance-topical.json: ${describeMetrics(crowdedTopical)}`,
      );
    }
    console.log(rows.slice(firstRow).join("\n"));
    await page.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await browser.close();
}

await main();
