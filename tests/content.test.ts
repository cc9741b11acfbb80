import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, parsePaper, readPapers, serializePaper } from "@/lib/content";
import type { PaperRecord } from "@/lib/schema";

const paper: PaperRecord = {
  id: "topo-sae",
  title: "TopoSAE: \"Quoted\" title: with colons & 'quotes'",
  titleInferred: false,
  authorCount: 4,
  date: "2024-08-01",
  dateInferred: false,
  upvotes: 3,
  links: [{ url: "https://github.com/example/topo-sae", kind: "code" }],
  sources: [{ file: "a.txt", line: 3 }],
  topics: [],
  corrected: [],
  abstract: "We introduce TopoSAE. It costs $5 and uses $k$-sparse codes.",
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete (globalThis as Record<string, unknown>).pwned;
});

function catalogWith(name: string, text: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-content-"));
  dirs.push(root);
  mkdirSync(path.join(root, "papers"));
  writeFileSync(path.join(root, "papers", name), text);
  return root;
}

const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  throw new Error("expected a ContentError");
};

describe("paper records", () => {
  it("round-trips a record through its Markdown file, dates staying strings", () => {
    const text = serializePaper(paper);
    expect(text.startsWith("---\nid: topo-sae\ntitle: ")).toBe(true);
    expect(parsePaper(text, "topo-sae.md")).toEqual(paper);
  });

  it("rejects ---js front matter without evaluating it", () => {
    const root = catalogWith("evil.md", "---js\n{ id: (globalThis.pwned = 'yes') }\n---\nbody\n");
    expect(problems(() => readPapers(root))[0]).toMatch(/evil\.md: front matter language "js" is not allowed/);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    const root2 = catalogWith("evil.md", "---javascript\nglobalThis.pwned = 'yes'\n---\nbody\n");
    expect(problems(() => readPapers(root2))[0]).toMatch(/front matter language "javascript" is not allowed/);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it("names the file and every field that does not validate", () => {
    const text = serializePaper(paper).replace("authorCount: 4", "authorCount: -1").replace("upvotes: 3", "upvotes: many");
    const found = problems(() => readPapers(catalogWith("topo-sae.md", text)));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/topo-sae\.md: \*\*authorCount\*\*/);
    expect(found[1]).toMatch(/topo-sae\.md: \*\*upvotes\*\*/);
  });

  it("rejects a record whose id is not its file name, and YAML that is not a mapping", () => {
    expect(problems(() => readPapers(catalogWith("other.md", serializePaper(paper))))[0]).toMatch(/\*\*id\*\*: "topo-sae" does not match/);
    expect(problems(() => readPapers(catalogWith("x.md", "---\n- a\n- b\n---\nbody\n")))[0]).toMatch(/not a mapping/);
  });

  it("rejects links that are not http(s)", () => {
    const text = serializePaper(paper).replace("https://github.com/example/topo-sae", "javascript:alert(1)");
    expect(problems(() => readPapers(catalogWith("topo-sae.md", text)))[0]).toMatch(/\*\*links\.0\.url\*\*/);
  });
});
