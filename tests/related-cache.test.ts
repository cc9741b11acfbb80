import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPapers } from "@/lib/content";
import { readRelatedCache, relatedKey, writeRelatedCache } from "@/lib/related-cache";
import { RELATED_COUNT, relatedPapers } from "@/lib/related";

const papers = readPapers();
const dir = mkdtempSync(path.join(tmpdir(), "related-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the related papers cache of a build", () => {
  const written = writeRelatedCache(papers, dir);

  it("reads back exactly what lib/related.ts derives for the catalog", () => {
    const read = readRelatedCache(papers, dir);
    expect(read).not.toBeNull();
    expect([...read!.entries()]).toEqual([...relatedPapers(papers).entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });

  it("is keyed by the papers: another abstract, title or topic gives another key, and nothing is read for it", () => {
    const [first, ...rest] = papers;
    const variants = [
      { ...first!, abstract: `${first!.abstract} More.` },
      { ...first!, title: `${first!.title}!` },
      { ...first!, topics: [] },
    ];
    for (const v of variants) {
      expect(relatedKey([v, ...rest])).not.toBe(written.key);
      expect(readRelatedCache([v, ...rest], dir)).toBeNull();
    }
    expect(relatedKey([...papers].reverse())).toBe(written.key);
  });

  it("is keyed by the code that derives it: an edit to lib/related.ts gives another key", () => {
    const root = mkdtempSync(path.join(tmpdir(), "related-code-"));
    try {
      mkdirSync(path.join(root, "lib"));
      for (const f of ["lib/related.ts", "lib/text.ts"]) cpSync(f, path.join(root, f));
      expect(relatedKey(papers, RELATED_COUNT, root)).toBe(written.key);
      appendFileSync(path.join(root, "lib/related.ts"), "\n// another weight\n");
      expect(relatedKey(papers, RELATED_COUNT, root)).not.toBe(written.key);
      rmSync(path.join(root, "lib/text.ts"));
      expect(relatedKey(papers, RELATED_COUNT, root)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("keeps one file: a new catalog's replaces the old one", () => {
    writeRelatedCache(papers.slice(1), dir);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readRelatedCache(papers, dir)).toBeNull();
    expect(readRelatedCache(papers.slice(1), dir)!.size).toBe(papers.length - 1);
  });

  it("reads nothing from a damaged file", () => {
    const { file } = writeRelatedCache(papers, dir);
    writeFileSync(file, '{"key":');
    expect(readRelatedCache(papers, dir)).toBeNull();
  });
});
