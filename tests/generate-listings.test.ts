// The listing generator (scripts/generate-listings.ts): its output goes through the real ingest
// and comes out as exactly N papers, in all five listing shapes.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readListings, readPapers } from "@/lib/content";
import { decodeListing, parseListing } from "@/lib/listing-parser";
import { loadCorpus } from "@/scripts/corpus";
import { generateListings, SHAPES } from "@/scripts/generate-listings";

const ROOT = path.join(__dirname, "..");
const corpus = loadCorpus();
const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("generateListings", () => {
  // More papers than the corpus holds, so variants of corpus papers are among them.
  const N = corpus.length + 247;
  const sources = generateListings(corpus, N);

  it("writes every one of the five shapes, CRLF in some files, metadata on some entries but not all", () => {
    const shapes = new Set(sources.map((s) => /-([a-z]+)\.txt$/.exec(s.file)![1]));
    expect([...shapes].sort()).toEqual([...SHAPES].sort());
    const crlf = sources.filter((s) => Buffer.from(s.bytes).includes("\r\n"));
    expect(crlf.length).toBeGreaterThan(0);
    expect(crlf.length).toBeLessThan(sources.length);
    const entries = sources.flatMap((s) => parseListing(decodeListing(s.bytes, s.file), s.file).entries);
    expect(entries).toHaveLength(N);
    const withMeta = entries.filter((e) => e.metadataLine !== null);
    expect(withMeta.length).toBeGreaterThan(0);
    expect(withMeta.some((e) => e.authorCount === null)).toBe(true);
    expect(entries.some((e) => e.title === null)).toBe(true);
    const listings = sources.map((s) => parseListing(decodeListing(s.bytes, s.file), s.file));
    expect(listings.some((l) => l.heading !== null)).toBe(true);
    expect(listings.some((l) => l.pageDate !== null)).toBe(true);
  });

  it("is deterministic, and another seed gives other listings", () => {
    const again = generateListings(corpus, N);
    expect(again.map((s) => s.file)).toEqual(sources.map((s) => s.file));
    expect(again.every((s, i) => Buffer.from(s.bytes).equals(Buffer.from(sources[i]!.bytes)))).toBe(true);
    const other = generateListings(corpus, N, { seed: 7 });
    expect(Buffer.from(other[0]!.bytes).equals(Buffer.from(sources[0]!.bytes))).toBe(false);
  });

  it("ingests to exactly N distinct papers through the real ingest", () => {
    const root = mkdtempSync(path.join(tmpdir(), "atlas-generated-"));
    dirs.push(root);
    cpSync(path.join(ROOT, "content", "topics"), path.join(root, "topics"), { recursive: true });
    cpSync(path.join(ROOT, "content", "acronyms.json"), path.join(root, "acronyms.json"));
    const dir = path.join(root, "sources");
    mkdirSync(dir);
    for (const s of sources) writeFileSync(path.join(dir, s.file), s.bytes);
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts"], { cwd: ROOT, env: { ...process.env, PAPER_ATLAS_CONTENT: root }, encoding: "utf8" });
    expect(r.stderr.split("\n").filter((l) => l.startsWith("ingest stopped"))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${sources.length} files, ${N} entries, ${N} distinct papers`);
    expect(readdirSync(path.join(root, "papers"))).toHaveLength(N);
    const papers = readPapers(root);
    expect(papers).toHaveLength(N);
    expect(new Set(papers.map((p) => p.abstract)).size).toBe(N);
    expect(papers.some((p) => p.upvotes !== null && p.authorCount !== null && p.date !== null)).toBe(true);
    expect(readListings(root).reduce((n, l) => n + l.entries.length, 0)).toBe(N);
  });
});
