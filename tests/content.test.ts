import fc from "fast-check";
import yaml from "js-yaml";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DUMP_OPTIONS } from "@/lib/canonical-yaml";
import { ContentError, parsePaper, readPapers, serializePaper } from "@/lib/content";
import { PaperSchema, type PaperRecord } from "@/lib/schema";

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

  it("writes fuzzed records byte for byte as js-yaml did, and reads them back (fixed seed)", () => {
    // The serializer before the canonical writer: the fields in schema order, dumped by js-yaml.
    const reference = (p: PaperRecord) => {
      const { abstract, ...fields } = p;
      const ordered = Object.fromEntries(Object.keys(PaperSchema.shape).map((k) => [k, fields[k as keyof typeof fields]]));
      return `---\n${yaml.dump(ordered, DUMP_OPTIONS)}---\n${abstract.trim()}\n`;
    };
    const hostile = fc.oneof(
      fc.constantFrom("yes", "No", "null", "~", "true", "007", "1.5", "1e3", "0x1F", "a: b", "#x", "x #y", "- x", "---", "--- x", " lead", "trail ", "it's", '"q"', "Småprat", "😀", "a\nb", "\u00a0", "[x]", "{x}", "&a", "*a", "!t", "|", ">"),
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 10 }),
    );
    const record: fc.Arbitrary<PaperRecord> = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
      // A title also needs visible letters and no control characters (the schema refuses others).
      title: hostile.filter((t) => PaperSchema.shape.title.safeParse(t).success),
      titleInferred: fc.boolean(),
      authorCount: fc.option(fc.integer({ min: 1, max: 500 })),
      date: fc.option(fc.constantFrom("2024-02-29", "2023-12-31", "1999-01-01")),
      dateInferred: fc.boolean(),
      upvotes: fc.option(fc.nat()),
      links: fc.array(fc.record({ url: fc.constantFrom("https://github.com/a/b", "http://x.io/a?b=c#d", "https://e.com/'q'"), kind: fc.constantFrom("code" as const, "paper" as const, "other" as const) }), { maxLength: 2 }),
      sources: fc.array(fc.record({ file: hostile, line: fc.integer({ min: 1, max: 99999 }) }), { minLength: 1, maxLength: 3 }),
      topics: fc.array(fc.record({ id: fc.constantFrom("pruning", "long-context", "y"), score: fc.nat({ max: 10000 }).map((n) => n / 100), terms: fc.array(hostile, { maxLength: 3 }), by: fc.constantFrom("match" as const, "curator" as const, "fallback" as const) }), { maxLength: 3 }),
      corrected: fc.array(hostile, { maxLength: 2 }),
      abstract: hostile.map((s) => s.trim()).filter((s) => s !== ""),
    });
    fc.assert(
      fc.property(record, (p) => {
        const text = serializePaper(p);
        expect(text).toBe(reference(p));
        expect(parsePaper(text, `${p.id}.md`)).toEqual(p);
      }),
      { seed: 20261123, numRuns: 1500 },
    );
  });

  it("reads hand-written front matter through the hardened reader", () => {
    const handWritten = serializePaper(paper).replace("titleInferred: false", "titleInferred: false # by hand").replace("corrected: []", "corrected: [ ]");
    expect(parsePaper(handWritten, "topo-sae.md")).toEqual(paper);
    const quoted = serializePaper(paper).replace("id: topo-sae", 'id: "topo-sae"');
    expect(parsePaper(quoted, "topo-sae.md")).toEqual(paper);
  });

  it("rejects links that are not http(s)", () => {
    const text = serializePaper(paper).replace("https://github.com/example/topo-sae", "javascript:alert(1)");
    expect(problems(() => readPapers(catalogWith("topo-sae.md", text)))[0]).toMatch(/\*\*links\.0\.url\*\*/);
  });
});
