// Search size and speed in Chromium, measured the same way by bench:search and bench:scale: bytes
// fetched before the first results, first use to results, keystroke to results rendered and
// painted against a same-run floor, and Pagefind over the same papers side by side.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import * as pagefind from "pagefind";
import type { PaperRecord } from "../lib/schema";
import { SEARCH_DIR } from "../lib/search/options";

export const TYPED = ["sparse autoencoders", "quantization of llms", "diffusion video generation", "mixture of experts routing", "long context retrieval"];

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
export const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Debian's Chromium (or CHROMIUM_PATH), with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Pagefind over the same papers, as custom records (no HTML needed at 50k), into `dir`/pagefind/,
 * with the empty page `measureSearch` loads it from.
 */
export async function writePagefind(papers: PaperRecord[], dir: string): Promise<void> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error("pagefind did not start");
  for (const p of papers) await index.addCustomRecord({ url: `/papers/${p.id}/`, content: `${p.title}. ${p.abstract}`, language: "en", meta: { title: p.title } });
  await index.writeFiles({ outputPath: path.join(dir, "pagefind") });
  writeFileSync(path.join(dir, "pagefind-bench.html"), "<!doctype html><title>pagefind bench</title><p>bench</p>");
}

/** Raw and gzip bytes of every file under `dir`. */
export function indexBytes(dir: string): { rawBytes: number; gzBytes: number } {
  let rawBytes = 0;
  let gzBytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const b = readFileSync(path.join(entry.parentPath, entry.name));
    rawBytes += b.length;
    gzBytes += gzipSync(b).length;
  }
  return { rawBytes, gzBytes };
}

export type Sent = { bytes: number; files: number; log: { path: string; bytes: number }[] };

/**
 * A static server over `dir` that sends files gzipped and logs the compressed bytes it sends. The
 * files under `warm` (folders relative to `dir`; all of `dir` by default) are compressed before
 * the first request, like a static host or CDN does, so that timings do not include compressing;
 * any other file is compressed on its first request (a 10k catalog's pages are gigabytes).
 */
export function serve(dir: string, warm: string[] = [""]): Promise<{ server: Server; url: string; sent: Sent }> {
  const sent: Sent = { bytes: 0, files: 0, log: [] };
  const cache = new Map<string, Buffer>();
  const compressible = (file: string) => path.extname(file) !== ".woff2" && !file.includes("pagefind/fragment") && !file.includes(".pf_");
  const load = (file: string) => (compressible(file) ? gzipSync(readFileSync(file)) : readFileSync(file));
  for (const folder of warm) {
    if (!existsSync(path.join(dir, folder))) continue;
    for (const entry of readdirSync(path.join(dir, folder), { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isFile()) cache.set(file, load(file));
    }
  }
  const types: Record<string, string> = { ".txt": "text/plain", ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm", ".woff2": "font/woff2" };
  const server = createServer((req, res) => {
    let file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(path.join(file, "index.html"))) file = path.join(file, "index.html");
    if (!cache.has(file) && existsSync(file) && statSync(file).isFile()) cache.set(file, load(file));
    if (!cache.has(file)) return void res.writeHead(404).end();
    const body = cache.get(file)!;
    const ext = path.extname(file);
    sent.bytes += body.length;
    sent.files++;
    sent.log.push({ path: path.relative(dir, file), bytes: body.length });
    res.writeHead(200, { "content-type": types[ext] ?? "application/octet-stream", ...(compressible(file) ? { "content-encoding": "gzip" } : {}), "cache-control": "no-store" });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, sent });
  }));
}

export type Keystroke = { query: string; rendered: number; painted: number; framed: boolean; at: number };

/**
 * Keystroke to results on the real search page, for every keystroke after the first: from the input
 * event's time to the results for that text in the DOM ("rendered"), and to the start of the next
 * frame after that ("painted"). The first keystroke loads the engine. "ready" is first use to
 * results: from the keystroke whose answer is the first to show results (a first letter alone
 * shows none) to that answer painted; `onFirstResults` runs once it is in. Keystrokes up to then
 * are first use, not typing.
 */
export async function measureTyping(page: Page, queries: string[], pauseMs: number, verbose: boolean, onFirstResults: () => void) {
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
  await typeQueries(page, "#search-page-input", queries, pauseMs, (v) => document.querySelector("ol[data-query]")?.getAttribute("data-query") === v, onAnswer);
  if (verbose) console.log((await indexRequests(page)).join("\n"));
  return page.evaluate(() => {
    const w = window as unknown as { __keys: Keystroke[]; __ready: number | null };
    return { keys: w.__keys, ready: w.__ready ?? NaN };
  });
}

/** Each index file the page fetched: when, how long it queued, waited and downloaded. */
export function indexRequests(page: Page): Promise<string[]> {
  return page.evaluate((dir) =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((r) => r.name.includes(`/${dir}/`))
      .map((r) => `      ${r.name.split(`/${dir}/`)[1]} at ${r.startTime.toFixed(0)} ms: queued ${(r.requestStart - r.startTime).toFixed(1)}, first byte ${(r.responseStart - r.requestStart).toFixed(1)}, body ${(r.responseEnd - r.responseStart).toFixed(1)} ms, done at ${r.responseEnd.toFixed(0)} ms`),
  SEARCH_DIR);
}

/** Type each query a character at a time, waiting for the page to answer each keystroke. */
export async function typeQueries(page: Page, selector: string, queries: string[], pauseMs: number, answered: (value: string) => boolean, onAnswer: () => Promise<void> = async () => {}) {
  for (const q of queries) {
    await page.fill(selector, "");
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForFunction(answered, await page.inputValue(selector), { timeout: 10_000 }).catch(() => undefined);
      await onAnswer();
      await page.waitForTimeout(pauseMs);
    }
  }
}

/**
 * The floor of keystroke-to-paint in this browser: the same measurement on a page whose "results"
 * are the typed text itself. Paint waits for the next frame (every 16.7 ms at 60 Hz), whatever the
 * page does, so this is the baseline the search page's figures compare against.
 */
export async function measureFloor(page: Page, queries: string[], pauseMs: number): Promise<number[]> {
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
  await typeQueries(page, "#q", queries, pauseMs, (v) => document.querySelector("ol")?.getAttribute("data-query") === v);
  return page.evaluate(() => (window as unknown as { __painted: number[] }).__painted);
}

export async function measurePagefind(page: Page, base: string, queries: string[], sent: { bytes: number }) {
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

export async function pagefindRanked(page: Page, q: string): Promise<string[]> {
  return page.evaluate(async (text) => {
    const pf = await import(["", "pagefind", "pagefind.js"].join("/"));
    const s = await pf.search(text);
    const data = await Promise.all(s.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d) => d.url.split("/").filter(Boolean).pop()!.replace(/\.html$/, ""));
  }, q);
}

/**
 * A full garbage collection in this process before the typing starts. The static server runs here,
 * beside what a bench built (a 50k catalog and its index, garbage by now): without it, collecting
 * those gigabytes can pause the server while the browser waits for a shard, which a real static
 * host never does.
 */
function collectGarbage() {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

export type SearchFigures = {
  /** Search code and index bytes (gzip) fetched from the first keystroke to the first results. */
  firstBytes: number;
  /** The same, for all the typed queries. */
  allBytes: number;
  /** First keystroke to painted results, ms. */
  ready: number;
  keys: Keystroke[];
  rendered: number[];
  painted: number[];
  /** keystroke-to-paint on a page that only echoes the keystroke: the floor. */
  floor: number[];
  pagefind: { first: number; firstBytes: number; times: number[] };
};

/**
 * Serve `dir` (a built site whose search index is in place; `writePagefind` run on it), type the
 * queries into its search page and into Pagefind, and return the figures. `then` runs with the
 * page still open (relevance against Pagefind, for one).
 */
export async function measureSearch(
  browser: Browser,
  dir: string,
  options: { queries?: string[]; pauseMs?: number; verbose?: boolean; then?: (page: Page) => Promise<void> } = {},
): Promise<SearchFigures> {
  const queries = options.queries ?? TYPED;
  const pauseMs = options.pauseMs ?? 100;
  const { server, url, sent } = await serve(dir, ["_next", "_islands", SEARCH_DIR, "pagefind", "search"]);
  collectGarbage();
  const page = await browser.newPage();
  try {
    await page.goto(`${url}/search/`);
    await page.waitForSelector("#search-page-input"); // the search UI replaces the no-JS text once hydrated
    // What search costs: its code and index, not the page around it; the index files the search
    // page preloads with itself (manifest, vocabulary, filter columns) count, arrived or not.
    sent.bytes = sent.log.filter((e) => e.path.startsWith(`${SEARCH_DIR}/`)).reduce((sum, e) => sum + e.bytes, 0);
    let firstBytes = NaN;
    const ours = await measureTyping(page, queries, pauseMs, options.verbose ?? false, () => (firstBytes = sent.bytes));
    const allBytes = sent.bytes;
    const floor = await measureFloor(page, queries, pauseMs);
    if (!existsSync(path.join(dir, "pagefind-bench.html"))) throw new Error(`${dir} has no pagefind-bench.html: run writePagefind first`);
    const pf = await measurePagefind(page, url, queries, sent);
    await options.then?.(page);
    return { firstBytes, allBytes, ready: ours.ready, keys: ours.keys, rendered: ours.keys.map((k) => k.rendered), painted: ours.keys.map((k) => k.painted), floor, pagefind: pf };
  } finally {
    await page.close();
    server.close();
  }
}
