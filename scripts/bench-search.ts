// npm run bench:search - search size and speed in Chromium, against the built site (run
// `npm run build` first), for the current catalog and generated catalogs of 10k and 50k papers
// (real abstracts from ../shared/corpus), with Pagefind over the same papers side by side.
// Prints figures; asserts nothing. Every latency is a median or p95 of many keystrokes.
// BENCH_SIZES=current,10000 picks the catalogs; BENCH_PAUSE_MS the pause after each keystroke's
// results before the next keystroke (default 100 ms: a fast typist, about 100 words a minute;
// 30 is a stress test that leaves fetching ahead no time); BENCH_VERBOSE=1 also prints every
// keystroke and every index request.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readAcronyms, readPapers, readTopics } from "../lib/content";
import { buildSearchIndex } from "../lib/search/build-index";
import { SearchEngine } from "../lib/search/engine";
import { describeMetrics, evaluate, phraseShare, rankedIds, typoShare, resolveJudged, type JudgedByTitle } from "../lib/search/evaluate";
import { readerText } from "../lib/abstract-excerpt";
import { SEARCH_DIR } from "../lib/search/options";
import type { PaperRecord } from "../lib/schema";
import { slugify } from "../lib/slug";
import { distinctPapers, loadCorpus } from "./corpus";
import { indexBytes, kb, launchChromium, measureSearch, median, p95, pagefindRanked, TYPED, writePagefind } from "./measure-search";

const ROOT = process.cwd();
const OUT = path.join(ROOT, "out");
const SIZES = (process.env.BENCH_SIZES ?? "current,10000,50000").split(",");
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 100);
const DISTRACTORS = Number(process.env.BENCH_DISTRACTORS ?? 10000);

/** A query's distractor sources (corpus abstracts, by title) as judged relevant or not. */
type PooledJudgment = { q: string; relevant: string[]; notRelevant: string[] };

/** Generated papers: real abstracts, varied so that every paper is distinct. */
function syntheticPapers(n: number): PaperRecord[] {
  const taken = new Set<string>();
  return distinctPapers(loadCorpus(), n, 42).map((c, i) => {
    const slug = slugify(c.title);
    return {
      id: taken.has(slug) ? `${slug}-${i}` : (taken.add(slug), slug), // as the ingest names papers
      title: c.title,
      abstract: c.abstract,
      titleInferred: false, authorCount: c.authors || null, date: c.published.toISOString().slice(0, 10), dateInferred: false, upvotes: c.upvotes,
      links: [], sources: [{ file: "generated.txt", line: i + 1 }], topics: [], corrected: [],
    };
  });
}

/** Distractors that are variants of a catalog paper (same abstract but for the variant's "-n" mark, or same title), by id, with that paper's id. */
function copies(papers: PaperRecord[], crowd: PaperRecord[]): Map<string, string> {
  const key = (s: string) => s.toLowerCase().replace(/-\d+\b/g, "").replace(/[^a-z0-9]/g, "").slice(0, 150);
  const byAbstract = new Map(papers.map((p) => [key(p.abstract), p.id]));
  const byTitle = new Map(papers.map((p) => [key(p.title), p.id]));
  const out = new Map<string, string>();
  for (const d of crowd.slice(papers.length)) {
    const id = byAbstract.get(key(d.abstract)) ?? byTitle.get(key(d.title.replace(/ \(variant \d+\)$/, "")));
    if (id) out.set(d.id, id);
  }
  return out;
}

async function writeCatalogSite(papers: PaperRecord[], real: boolean): Promise<{ dir: string; rawBytes: number; gzBytes: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
  cpSync(OUT, dir, { recursive: true });
  if (!real) {
    rmSync(path.join(dir, SEARCH_DIR), { recursive: true, force: true });
    const files = await buildSearchIndex(papers, [], { acronyms: [] });
    for (const [name, data] of files) {
      const file = path.join(dir, SEARCH_DIR, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(data));
    }
  }
  await writePagefind(papers, dir);
  return { dir, ...indexBytes(path.join(dir, SEARCH_DIR)) };
}

async function main() {
  if (!existsSync(path.join(OUT, SEARCH_DIR, "manifest.json"))) throw new Error("out/ has no search index: run `npm run build` first");
  const browser = await launchChromium();
  const rows: string[] = [];
  for (const size of SIZES) {
    const real = size === "current";
    const papers = real ? readPapers() : syntheticPapers(Number(size));
    const firstRow = rows.length;
    const { dir, rawBytes, gzBytes } = await writeCatalogSite(papers, real);
    let relevance: string[] = [];
    const figures = await measureSearch(browser, dir, {
      pauseMs: PAUSE_MS,
      verbose: Boolean(process.env.BENCH_VERBOSE),
      then: async (page) => {
        if (!real) return;
        const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, "tests", "fixtures", file), "utf8")) as JudgedByTitle[];
        const judged = resolveJudged([...read("relevance.json"), ...read("relevance-topical.json")], papers);
        const files = await buildSearchIndex(papers, readTopics(), readAcronyms());
        const engine = await SearchEngine.open(async (p) => structuredClone(files.get(p)));
        const mine = await evaluate(judged, (q) => rankedIds(engine, q));
        const theirs = await evaluate(judged, (q) => pagefindRanked(page, q));
        // Two-word queries the papers write as a phrase: do the papers that write them so come first?
        const texts = papers.map((p) => ({ id: p.id, text: `${p.title} . ${readerText(p.abstract)}` }));
        const phrased = await phraseShare(texts, (q) => rankedIds(engine, q));
        const phrasedPagefind = await phraseShare(texts, (q) => pagefindRanked(page, q));
        // Words typed with one slip: do they find what the word finds?
        const plain = texts.map((t) => t.text);
        const slipped = await typoShare(plain, (q) => rankedIds(engine, q));
        const slippedPagefind = await typoShare(plain, (q) => pagefindRanked(page, q));
        // The same queries with DISTRACTORS generated papers added to the catalog (issue 11).
        const crowd = [...papers, ...syntheticPapers(DISTRACTORS).map((p) => ({ ...p, id: `distractor-${p.id}` }))];
        const crowdFiles = await buildSearchIndex(crowd, readTopics(), readAcronyms());
        const crowdEngine = await SearchEngine.open(async (p) => structuredClone(crowdFiles.get(p)));
        const known = resolveJudged(read("relevance.json"), papers);
        const topical = resolveJudged(read("relevance-topical.json"), papers);
        const crowdedKnown = await evaluate(known, (q) => rankedIds(crowdEngine, q));
        const crowdedTopical = await evaluate(topical, (q) => rankedIds(crowdEngine, q));
        // Some distractors are variants of the catalog's own papers (the corpus holds some of the
        // same abstracts): finding one is finding the paper, so a second figure counts it as that paper.
        const copyOf = copies(papers, crowd);
        const asPapers = async (q: string) => [...new Set((await crowdEngine.cards([...(await crowdEngine.search(q)).docs.subarray(0, 60)])).map((c) => copyOf.get(c.id) ?? c.id))].slice(0, 10);
        const copiedKnown = await evaluate(known, asPapers);
        // Queries that name one paper (a system, a title phrase, a description of one paper): whether
        // the paper a researcher means still comes up among 10k others, apart from subject queries
        // whose other answers the distractors include but no judge has labelled.
        const single = await evaluate(known.filter((j) => j.relevant.length === 1), asPapers);
        // Distractors on a query's subject are right answers no catalog judge saw: every distractor
        // counted as its source (the catalog paper it copies, or its corpus abstract), and the
        // sources judged in the first results of every judged query (relevance-distractors.json,
        // pooled to depth 8 and judged by sessions that did not see the ranking) counted as judged.
        const pooled = new Map((read("relevance-distractors.json") as unknown as PooledJudgment[]).map((j) => [j.q, j]));
        const sourceOf = (c: { id: string; title: string }) => copyOf.get(c.id) ?? (c.id.startsWith("distractor-") ? `corpus:${c.title.replace(/ \(variant \d+\)$/, "")}` : c.id);
        const unjudged = new Set<string>();
        const asSources = async (q: string) => {
          const cards = await crowdEngine.cards([...(await crowdEngine.search(q)).docs.subarray(0, 120)]);
          const top = [...new Set(cards.map(sourceOf))].slice(0, 10);
          const p = pooled.get(q);
          for (const s of top.slice(0, 5)) if (s.startsWith("corpus:") && !p?.relevant.includes(s.slice(7)) && !p?.notRelevant.includes(s.slice(7))) unjudged.add(`${q} -> ${s.slice(7)}`);
          return top;
        };
        const all = [...known, ...topical].map((j) => ({ ...j, relevant: [...j.relevant, ...(pooled.get(j.q)?.relevant ?? []).map((t) => `corpus:${t}`)] }));
        const sources = await evaluate(all, asSources);
        relevance = [
          `  relevance on ${judged.length} judged queries (relevance.json and relevance-topical.json):`,
          `    Paper Atlas: ${describeMetrics(mine)}`,
          `    Pagefind:    ${describeMetrics(theirs)}`,
          `  ${phrased.queries} two-word queries the papers write as a phrase: papers holding the phrase fill ${phrased.share.toFixed(3)} of the first five places they could (Pagefind ${phrasedPagefind.share.toFixed(3)})`,
          `  ${slipped.queries} catalog words typed with one slip (a letter dropped, swapped or replaced): the first result is the word's in ${slipped.share.toFixed(3)} (Pagefind ${slippedPagefind.share.toFixed(3)})`,
          `  with ${DISTRACTORS} generated distractor papers added (real abstracts on the same subjects as the catalog, each repeated with a few words swapped):`,
          `    Paper Atlas, relevance.json: ${describeMetrics(crowdedKnown)}`,
          `    Paper Atlas, relevance-topical.json: ${describeMetrics(crowdedTopical)}`,
          `    Paper Atlas, relevance.json, a variant of a judged paper (${copyOf.size} distractors) counted as that paper: ${describeMetrics(copiedKnown)}`,
          `    Paper Atlas, relevance.json queries that name one paper, variants counted as that paper: ${describeMetrics(single)}`,
          `    Paper Atlas, both sets, each distractor counted as its source, as judged (relevance-distractors.json): ${describeMetrics(sources)}`,
          `      (distinct sources in a top 5 that no judge has seen: ${unjudged.size}${unjudged.size > 0 ? `: ${[...unjudged].slice(0, 5).join("; ")}` : ""})`,
        ];
      },
    });
    const { firstBytes, allBytes: ourBytes, rendered, painted, floor, pagefind: pf } = figures;
    if (process.env.BENCH_VERBOSE) for (const k of figures.keys) console.log(`    ${JSON.stringify(k.query).padEnd(32)} at ${k.at.toFixed(0)} ms: rendered ${k.rendered.toFixed(1).padStart(6)} ms  painted ${k.painted.toFixed(1).padStart(6)} ms${k.framed ? "  (a frame without them came first)" : ""}`);
    rows.push(
      `${real ? `current (${papers.length})` : size} papers`,
      `  Paper Atlas: index ${kb(rawBytes)} raw / ${kb(gzBytes)} gzip; search code and index bytes before first results ${kb(firstBytes)}, for all ${TYPED.length} typed queries ${kb(ourBytes)}; first use to results ${figures.ready.toFixed(0)} ms`,
      `    keystroke to results rendered p50 ${median(rendered).toFixed(1)} ms, p95 ${p95(rendered).toFixed(1)} ms; to painted p50 ${median(painted).toFixed(1)} ms, p95 ${p95(painted).toFixed(1)} ms (${painted.length} keystrokes, ${PAUSE_MS} ms pause after each answer)`,
      `    floor (a page that only echoes the keystroke): painted p50 ${median(floor).toFixed(1)} ms, p95 ${p95(floor).toFixed(1)} ms; search painted p95 / floor p95 ${(p95(painted) / p95(floor)).toFixed(2)}`,
      `  Pagefind:    bytes before first results ${kb(pf.firstBytes)}; first query ${pf.first.toFixed(0)} ms; query+top-5 data p50 ${median(pf.times).toFixed(1)} ms, p95 ${p95(pf.times).toFixed(1)} ms`,
    );
    rows.push(...relevance);
    console.log(rows.slice(firstRow).join("\n"));
    rmSync(dir, { recursive: true, force: true });
  }
  await browser.close();
}

await main();
