// npm run add end to end, on a temporary content/ built from the listing fixtures.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readPapers } from "@/lib/content";
import { snapshot } from "./helpers/snapshot";
import { paperRecord } from "./paper-record";
import { addReport } from "../scripts/add-report";

const ROOT = path.join(__dirname, "..");
const FIXTURES = path.join(__dirname, "fixtures", "listings");
let dir: string;
let root: string;

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, PAPER_ATLAS_CONTENT: root },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NEW_LISTING = `Gradient Noise Scales for Language Models
We measure the gradient noise scale of language models during training. It predicts the largest useful batch size across three model families.
arXiv:2401.01234
QuickQuant: 2-bit Quantization Without Calibration
Quantization reduces the memory footprint of large models. We present QuickQuant, a post-training quantization method for 2-bit weights that needs no calibration data. It keeps 95% of the accuracy of the full-precision model. We also release the checkpoints.
Abstract:Bananas ripen after harvest; we photograph their colour change over twelve days with a cheap camera and fit a simple curve to it.
`;

function newFile(name: string, text = NEW_LISTING): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-add-test-"));
  root = path.join(dir, "content");
  for (const f of ["daily-papers.txt", "abstract-only.txt"]) cpSync(path.join(FIXTURES, f), path.join(root, "sources", f));
  cpSync(path.join(ROOT, "content", "topics"), path.join(root, "topics"), { recursive: true });
  expect(run("ingest").code).toBe(0);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run add", () => {
  it("--dry-run reports new papers with permalinks, merges with what differed, inferred titles, counts, unsorted papers, and changes nothing", () => {
    const before = snapshot(root);
    const r = run("add", "--dry-run", newFile("new.txt"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("New papers (2):");
    expect(r.out).toMatch(/Gradient Noise Scales for Language Models\n\s+http:\/\/\S+\/papers\/gradient-noise-scales-for-language-models\//);
    expect(r.out).toMatch(/Merged with papers already in the catalog \(1\):\n\s+QuickQuant.*\(content\/sources\/new\.txt:4\)\n.*\n\s+- abstract replaced by a longer copy \(\+\d+ characters\)/);
    expect(r.out).toMatch(/Inferred titles to review \(1\)[^\n]*\n\s+"Bananas ripen after harvest/);
    expect(r.out).toMatch(/Papers per topic:\n(\s+.+ -> .+\n)+/);
    expect(r.out).toMatch(/Unsorted papers \(\d\)/);
    // The ingest's warnings about the new listing, each with its line.
    expect(r.out).toMatch(/\nWarnings \(\d+\)[^\n]*:\n(\s+content\/sources\/new\.txt:\d+: .+\n)*\s+content\/sources\/new\.txt:\d+: ".+" matches no topic; put in unsorted\n/);
    expect(r.out).toContain("Dry run: nothing was changed");
    expect(snapshot(root)).toEqual(before);
  });

  it("says which papers come back under the ids they had, apart from new papers", () => {
    expect(run("add", newFile("new.txt")).code).toBe(0);
    const ids = readPapers(root).filter((p) => p.sources.every((s) => s.file === "new.txt")).map((p) => p.id);
    expect(ids.length).toBe(2);
    rmSync(path.join(root, "sources", "new.txt"));
    expect(run("ingest").code).toBe(0);
    const r = run("add", newFile("again.txt"));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Back in the catalog under the ids they had (${ids.length})`);
    expect(r.out).not.toContain("New papers");
    for (const id of ids) expect(r.out).toContain(`/papers/${id}/`);
  });

  it("refuses a file the ingest would pass over (not .txt, a backup, hidden) instead of reporting it added", () => {
    const before = snapshot(root);
    for (const [name, why] of [["listing.md", "not a .txt file"], ["listing.txt.bak", "editor backup"], [".listing.txt", "hidden file"]] as const) {
      const r = run("add", newFile(name));
      expect(r.code, name).toBe(1);
      expect(r.err, name).toContain(`${name}: the ingest would not read it (${why}); save the listing under a plain name ending in .txt`);
      expect(snapshot(root), name).toEqual(before);
    }
  });

  it("refuses the name of a listing that was renamed, whose old address leads to it", () => {
    renameSync(path.join(root, "sources", "abstract-only.txt"), path.join(root, "sources", "abstracts.txt"));
    expect(run("ingest").code).toBe(0);
    const before = snapshot(root);
    const r = run("add", newFile("abstract-only.txt"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("abstract-only.txt: its page /sources/abstract-only/ is the old address of the listing now at /sources/abstracts/, and links to it mean that one; rename the file");
    expect(snapshot(root)).toEqual(before);
    // Also while the listing it became is renamed again by hand, not yet ingested.
    renameSync(path.join(root, "sources", "abstracts.txt"), path.join(root, "sources", "abstracts-2.txt"));
    const moving = run("add", newFile("abstract-only.txt"));
    expect(moving.code).toBe(1);
    expect(moving.err).toMatch(/content\/sources\/abstract-only\.txt: takes the address \/sources\/abstract-only\/ of the listing .*, which is now \/sources\/abstracts-2\//);
    renameSync(path.join(root, "sources", "abstracts-2.txt"), path.join(root, "sources", "abstracts.txt"));
    expect(snapshot(root)).toEqual(before);
    // The ingest warns when a file is put there by hand.
    writeFileSync(path.join(root, "sources", "abstract-only.txt"), NEW_LISTING);
    const warned = run("ingest", "--verbose");
    expect(warned.code).toBe(0);
    expect(warned.err).toMatch(/content\/sources\/abstract-only\.txt: takes the address \/sources\/abstract-only\/ of the listing .*, which is now \/sources\/abstracts\/; links to it will show this listing instead/);
  });

  it("copies the listing in and ingests it; the listing's arXiv id becomes the paper's link", () => {
    const r = run("add", newFile("new.txt"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Added 1 listing and ran the ingest.");
    expect(readFileSync(path.join(root, "sources", "new.txt"), "utf8")).toBe(NEW_LISTING);
    const papers = readPapers(root);
    expect(papers).toHaveLength(5);
    expect(papers.find((p) => p.id === "gradient-noise-scales-for-language-models")!.links).toEqual([{ url: "https://arxiv.org/abs/2401.01234", kind: "paper" }]);
    expect(run("ingest", "--check").code).toBe(0);
  });

  it("refuses a listing whose content is already in content/sources/ under another name, and a taken name", () => {
    const before = snapshot(root);
    const copy = run("add", newFile("renamed.txt", readFileSync(path.join(FIXTURES, "daily-papers.txt"), "utf8").replace(/\n/g, "\r\n")));
    expect(copy.code).toBe(1);
    expect(copy.err).toContain("renamed.txt: content/sources/daily-papers.txt already holds this listing");
    const taken = run("add", newFile("abstract-only.txt"));
    expect(taken.code).toBe(1);
    expect(taken.err).toContain("the name is taken: content/sources/abstract-only.txt already exists");
    const sameUrl = run("add", newFile("daily papers.txt"));
    expect(sameUrl.code).toBe(1);
    expect(sameUrl.err).toContain("its page /sources/daily-papers/ would be that of content/sources/daily-papers.txt");
    expect(snapshot(root)).toEqual(before);
  });

  it("bad input gives the ingest's file:line errors and leaves content/ exactly as it was, content/sources/ included", () => {
    const before = snapshot(root);
    const good = newFile("good.txt");
    const bad = newFile("bad.txt", "A Title Without Abstract\n\n  • 4 authors\n");
    const r = run("add", good, bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^add stopped; nothing was changed:\ningest stopped: \d+ problems?; content\/ is unchanged\ncontent\/sources\/bad\.txt:\d+: /);
    expect(r.err).not.toContain(tmpdir());
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a missing file and an unknown option without running anything", () => {
    expect(run("add", path.join(dir, "nope.txt")).err).toContain("nope.txt: cannot be read (ENOENT)");
    expect(run("add", "--force", newFile("x.txt")).code).toBe(2);
    expect(run("add").code).toBe(2);
  });

  it("takes every argument after -- as a file, so a file named like an option can be added", () => {
    const r = run("add", "--dry-run", "--", newFile("--help.txt"));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain("Dry run: nothing was changed.");
  });
});

describe("the add report's topic counts", () => {
  it("count a topic renamed since the last ingest as one topic, before and after", () => {
    const inTopic = (id: string, topic: string) => paperRecord(id, { topics: [{ id: topic, score: 4, terms: [], by: "match" }] });
    const before = { papers: [inTopic("a", "normalization"), inTopic("b", "normalization")], listings: [] };
    const after = { papers: [inTopic("a", "layer-norm"), inTopic("b", "layer-norm"), inTopic("c", "layer-norm")], listings: [] };
    expect(addReport(before, after, [], new Map([["normalization", "layer-norm"]])).counts).toEqual([{ topic: "layer-norm", before: 2, after: 3 }]);
    // Without the rename, the old id seems emptied and the new one filled from nothing.
    expect(addReport(before, after, []).counts).toHaveLength(2);
  });
});
