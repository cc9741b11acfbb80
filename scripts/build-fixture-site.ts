// npx tsx scripts/build-fixture-site.ts
// Build a second, throwaway catalog for the browser tests: the hostile listing and topics in
// tests/fixtures/hostile/, plus a generated listing of 60 widget papers (so one topic needs two
// pages). It runs the real ingest into a temporary content/ and the real `next build`, hosted
// under the base path /atlas, into .tmp/site-fixture/atlas/ (served from .tmp/site-fixture/).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const FIXTURE_BASE_PATH = "/atlas";
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT) || 4174;
export const FIXTURE_ROOT = ".tmp/site-fixture";
export const WIDGET_COUNT = 60;
/** The fixture catalog's second ingest, which finds one paper of tests/fixtures/identity/ gone. */
export const IDENTITY_REMOVED_ON = "2026-02-14";
/** Widget papers of the first ingest: three pages of a topic, cut to two by the second. */
export const FIRST_WIDGET_COUNT = 105;
/** What the first ingest published (content/published.jsonl), kept for the tests that ask every address again. */
export const FIRST_PUBLISHED = ".tmp/site-fixture.first-published.jsonl";

const ROOT = path.join(import.meta.dirname, "..");
const WORDS = ["Adaptive", "Bayesian", "Causal", "Dense", "Efficient", "Fast", "Gated", "Hierarchical", "Implicit", "Joint", "Kernel", "Latent"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Lines that name a widget paper's arXiv id or DOI, for the direct find-the-paper links. */
export const WIDGET_IDS: Record<number, string> = { 1: "arXiv:2401.00001", 2: "https://doi.org/10.1000/widget.2" };

/** A daily-papers listing of widget papers with distinct titles, dates, upvotes and authors. */
export function widgetListing(count = WIDGET_COUNT): string {
  const lines = ["Daily Papers", ""];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(2, "0");
    const word = WORDS[(i * 5) % WORDS.length]!;
    lines.push(
      `${word} Widget Study ${n}: Calibrating Widgets in Setting ${n}`,
      "",
      `We study ${word.toLowerCase()} widget calibration in setting ${n}, variant ${i * 7919}. Widgets of size ${i} are measured across ${i + 2} benchmarks, and we report a widget scaling curve number ${n} with ablations over ${i % 5} regimes.`,
      "",
      `  \u2022 ${(i % 9) + 1} authors`,
      "\u00b7",
      `${MONTHS[i % 12]} ${(i * 7) % 28 + 1}, ${2023 + (i % 3)} ${(i * 37) % 101}`,
      ...(i in WIDGET_IDS ? [WIDGET_IDS[i]!] : []),
      "",
    );
  }
  return lines.join("\n");
}

function run(command: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with exit code ${r.status}`);
}

function main() {
  const content = mkdtempSync(path.join(tmpdir(), "atlas-fixture-"));
  try {
    cpSync(path.join(ROOT, "tests/fixtures/hostile"), content, { recursive: true });
    mkdirSync(path.join(content, "sources"), { recursive: true });
    // A history for the permalink tests: ingested once as before.txt, then again as after.txt,
    // where one title lost a letter, two records became one paper and one paper is gone.
    // Curator edits between the two ingests: the widget listing gets shorter (a topic page and a
    // listing page fewer), the gadgets topic and listing are removed, and the topic old-gizmos is
    // renamed gizmos (tests/fixtures/published/). Every address of the first must still answer.
    const identity = path.join(content, "sources", "identity.txt");
    cpSync(path.join(ROOT, "tests/fixtures/identity/before.txt"), identity);
    writeFileSync(path.join(content, "sources", "widgets.txt"), widgetListing(FIRST_WIDGET_COUNT));
    cpSync(path.join(ROOT, "tests/fixtures/published/before"), content, { recursive: true });
    run(process.execPath, ["--import", "tsx", "scripts/ingest.ts"], { PAPER_ATLAS_CONTENT: content, PAPER_ATLAS_TODAY: "2026-01-10" });
    mkdirSync(path.join(ROOT, ".tmp"), { recursive: true });
    cpSync(path.join(content, "published.jsonl"), path.join(ROOT, FIRST_PUBLISHED));
    cpSync(path.join(ROOT, "tests/fixtures/identity/after.txt"), identity);
    writeFileSync(path.join(content, "sources", "widgets.txt"), widgetListing());
    for (const gone of ["sources/gadgets.txt", "topics/gadgets.md", "topics/old-gizmos.md"]) rmSync(path.join(content, gone));
    cpSync(path.join(ROOT, "tests/fixtures/published/after"), content, { recursive: true });
    run(process.execPath, ["--import", "tsx", "scripts/ingest.ts"], { PAPER_ATLAS_CONTENT: content, PAPER_ATLAS_TODAY: IDENTITY_REMOVED_ON });

    const out = path.join(FIXTURE_ROOT, FIXTURE_BASE_PATH.slice(1));
    rmSync(path.join(ROOT, FIXTURE_ROOT), { recursive: true, force: true });
    const site = { NEXT_PUBLIC_BASE_PATH: FIXTURE_BASE_PATH, NEXT_PUBLIC_SITE_URL: `http://127.0.0.1:${FIXTURE_PORT}` };
    run(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { PAPER_ATLAS_CONTENT: content, PAPER_ATLAS_OUT_DIR: out, ...site });
    // The islands are bundled for the same base path (scripts/static-pages.ts).
    run(process.execPath, ["--import", "tsx", "scripts/prune-export.ts", out], site);
    // The site's search index is the fixture catalog's, not the main one copied from public/.
    run(process.execPath, ["--import", "tsx", "scripts/build-search-index.ts", path.join(out, "search-index")], { PAPER_ATLAS_CONTENT: content });
    console.log(`fixture site: ${out}/ (serve ${FIXTURE_ROOT}/ and open http://127.0.0.1:${FIXTURE_PORT}${FIXTURE_BASE_PATH}/)`);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
