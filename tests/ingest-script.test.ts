// The ingest command end to end, on a temporary content/ built from the listing fixtures.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readPapers } from "@/lib/content";
import { snapshot } from "./helpers/snapshot";

const ROOT = path.join(__dirname, "..");
const FIXTURES = path.join(__dirname, "fixtures", "listings");
const dirs: string[] = [];

function makeContent(files = ["daily-papers.txt", "abstract-only.txt", "collection-heading.txt"]): string {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-ingest-"));
  dirs.push(root);
  for (const f of files) cpSync(path.join(FIXTURES, f), path.join(root, "sources", f));
  return root;
}

function ingest(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, PAPER_ATLAS_CONTENT: root },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("one writer of content/ at a time", () => {
  it("an ingest stops, changing nothing, while another process holds the lock, and takes over a lock whose process died", () => {
    const root = makeContent();
    expect(ingest(root).code).toBe(0);
    writeFileSync(path.join(root, "sources", "more.txt"), readFileSync(path.join(FIXTURES, "abstract-only.txt")));
    // Held by a live process (this test's).
    writeFileSync(path.join(root, ".ingest-lock"), JSON.stringify({ pid: process.pid, what: "build", since: "2026-12-02T10:00:00Z" }));
    const before = snapshot(root);
    const held = ingest(root);
    expect(held.code).toBe(1);
    expect(held.err).toContain(`another build (process ${process.pid}, since 2026-12-02T10:00:00Z) is using content/; this ingest did nothing`);
    expect(snapshot(root)).toEqual(before);
    // Left by a process that is gone.
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(path.join(root, ".ingest-lock"), JSON.stringify({ pid: Number(gone.stdout.trim()), what: "ingest", since: "2026-12-02T10:00:00Z" }));
    expect(ingest(root).code).toBe(0);
    expect(existsSync(path.join(root, ".ingest-lock"))).toBe(false);
    expect(readPapers(root).some((p) => p.sources.some((s) => s.file === "more.txt"))).toBe(true);
  });

  it("two ingests started together leave one whole catalog, as one ingest would", async () => {
    // The catalog's own listings: enough records for two ingests to overlap.
    const listings = readdirSync(path.join(ROOT, "content", "sources")).filter((n) => n.endsWith(".txt"));
    const withSources = () => {
      const root = makeContent([]);
      for (const f of listings) cpSync(path.join(ROOT, "content", "sources", f), path.join(root, "sources", f));
      return root;
    };
    const reference = withSources();
    expect(ingest(reference).code).toBe(0);
    const root = withSources();
    const run = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts"], { cwd: ROOT, env: { ...process.env, PAPER_ATLAS_CONTENT: root }, stdio: "ignore" });
        child.on("close", (code) => resolve(code ?? 1));
      });
    const codes = await Promise.all([run(), run()]);
    expect(codes).toContain(0);
    expect(snapshot(root)).toEqual(snapshot(reference));
  });
});

describe("files a curator's tools leave in content/", () => {
  it("are kept in content/papers/ and passed over in content/papers/ and content/topics/ when hidden", () => {
    const root = makeContent();
    expect(ingest(root).code).toBe(0);
    const papers = path.join(root, "papers");
    const topics = path.join(root, "topics");
    writeFileSync(path.join(papers, "notes.txt"), "my notes");
    writeFileSync(path.join(papers, ".x.md.swp"), "swap");
    symlinkSync("user@host.1234", path.join(papers, ".#y.md"));
    mkdirSync(topics, { recursive: true });
    writeFileSync(path.join(topics, "._quant.md"), "\u0000\u0005macOS metadata");
    writeFileSync(path.join(root, "sources", "more.txt"), readFileSync(path.join(FIXTURES, "abstract-only.txt")));
    const r = ingest(root);
    expect([r.code, r.err]).toEqual([0, expect.not.stringContaining("stopped")]);
    expect(readFileSync(path.join(papers, "notes.txt"), "utf8")).toBe("my notes");
    expect(readFileSync(path.join(papers, ".x.md.swp"), "utf8")).toBe("swap");
    expect(lstatSync(path.join(papers, ".#y.md")).isSymbolicLink()).toBe(true);
    expect(ingest(root, "--check").code).toBe(0);
  });
});

describe("npm run ingest", () => {
  it("writes one record per distinct paper and a summary, and a second run changes no byte", () => {
    const root = makeContent();
    const first = ingest(root);
    expect(first.code).toBe(0);
    expect(first.out).toContain("3 files, 7 entries, 3 distinct papers");
    expect(first.out).toContain("4 merged duplicates, 0 inferred titles");
    const papers = readPapers(root);
    expect(papers.map((p) => [p.title, p.sources.length])).toEqual([
      ["Loss-Free Balancing for Mixture-of-Experts Routers", 2],
      ["QuickQuant: 2-bit Quantization Without Calibration", 2],
      ["TopoSAE: Topology-Aware Sparse Autoencoders", 3],
    ]);
    expect(readdirSync(path.join(root, "papers")).sort()).toEqual(papers.map((p) => `${p.id}.md`));
    const before = snapshot(root);
    expect(ingest(root).code).toBe(0);
    expect(snapshot(root)).toEqual(before);
    expect(ingest(root, "--check").code).toBe(0);
  });

  it("keeps the file of every record that stays the same, and writes the ones that change as a fresh ingest would", () => {
    const root = makeContent();
    ingest(root);
    const dir = path.join(root, "papers");
    const inode = (name: string) => statSync(path.join(dir, name)).ino;
    const before = new Map(readdirSync(dir).map((n) => [n, inode(n)]));
    const edited = `${readPapers(root).find((p) => p.title.startsWith("Loss-Free"))!.id}.md`;
    writeFileSync(path.join(dir, edited), readFileSync(path.join(dir, edited), "utf8").replace("titleInferred: false", "titleInferred: false # by hand"));
    const newPaper = "Gradient Noise Scales\nWe measure the gradient noise scale of language models during training. It predicts the largest useful batch size across three model families.\n";
    writeFileSync(path.join(root, "sources", "new.txt"), newPaper);
    expect(ingest(root).code).toBe(0);

    const fresh = makeContent();
    writeFileSync(path.join(fresh, "sources", "new.txt"), newPaper);
    ingest(fresh);
    // The same files, but for the order the ledger issued the ids in: the new paper came last here.
    const { "ledger.jsonl": ledger, ...rest } = snapshot(root);
    const { "ledger.jsonl": freshLedger, ...freshRest } = snapshot(fresh);
    expect(rest).toEqual(freshRest);
    const ids = (text: string) => text.split("\n").filter(Boolean).map((l) => JSON.parse(l).id as string);
    expect(ids(ledger!)).toEqual(ids(freshLedger!));
    expect(JSON.parse(ledger!.split("\n").find((l) => l.includes("gradient-noise"))!).seq).toBe(4);
    const after = readdirSync(dir);
    expect(after.filter((n) => before.get(n) === inode(n)).sort()).toEqual([...before.keys()].filter((n) => n !== edited).sort());
    expect(after).toHaveLength(before.size + 1);
  });

  it("--check changes nothing and names the files that are out of date", () => {
    const root = makeContent();
    ingest(root);
    const [first] = readdirSync(path.join(root, "papers"));
    writeFileSync(path.join(root, "papers", first!), readFileSync(path.join(root, "papers", first!), "utf8").replace(/^upvotes: .*$/m, "upvotes: 12345"));
    cpSync(path.join(FIXTURES, "title-abstract-spaced.txt"), path.join(root, "sources", "new.txt"));
    const before = snapshot(root);
    const r = ingest(root, "--check");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`papers/${first} (differs)`);
    expect(r.err).toContain("listings.json (differs)");
    expect(snapshot(root)).toEqual(before);
  });

  it("stops on an invalid record, naming its file and field, and keeps every id", () => {
    const root = makeContent();
    ingest(root);
    const [first, second, third] = readdirSync(path.join(root, "papers")).sort();
    const ids = readPapers(root).map((p) => p.id);
    const third0 = readFileSync(path.join(root, "papers", third!), "utf8");
    writeFileSync(path.join(root, "papers", first!), "---\nid: tampered\n---\nx\n");
    writeFileSync(path.join(root, "papers", second!), "---js\n{ title: (function () { return 'x' })() }\n---\nx\n");
    // A YAML anchor bomb and a __proto__ key in the front matter of the third.
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n__proto__: { polluted: true }\n';
    writeFileSync(path.join(root, "papers", third!), third0.replace("---\n", `---\n${bomb}`));
    const before = snapshot(root);
    for (const args of [[], ["--check"]]) {
      const r = ingest(root, ...args);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`papers/${first}: **title**: Invalid input: expected string, received undefined`);
      expect(r.err).toContain(`papers/${second}: front matter language "js" is not allowed`);
      expect(r.err).toMatch(new RegExp(`papers/${third}: \\*\\*\\(record\\)\\*\\*: Unrecognized keys: "a", "b", "c", "__proto__"`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(r.err).not.toContain("afresh");
      expect(snapshot(root)).toEqual(before);
    }
    // With the bad records deleted, the next ingest writes them again under the ids the ledger holds.
    for (const n of [first, second, third]) rmSync(path.join(root, "papers", n!));
    expect(ingest(root).code).toBe(0);
    expect(readPapers(root).map((p) => p.id)).toEqual(ids);
    expect(readFileSync(path.join(root, "papers", third!), "utf8")).toBe(third0);
  });

  it("stops on bad input with every problem as file:line, leaving content/ untouched", () => {
    const root = makeContent();
    ingest(root);
    writeFileSync(path.join(root, "sources", "broken.txt"), "Orphan Title\n");
    writeFileSync(path.join(root, "sources", "empty.txt"), "");
    const before = snapshot(root);
    const r = ingest(root);
    expect(r.code).toBe(1);
    expect(r.err).toContain("content/sources/broken.txt:1: title \"Orphan Title\" has no abstract");
    expect(r.err).toContain("content/sources/empty.txt:1: is empty: a listing needs at least one entry");
    expect(snapshot(root)).toEqual(before);
  });

  it("keeps a curator's correction through every later ingest", () => {
    const root = makeContent(["abstract-only.txt"]);
    ingest(root);
    const [paper] = readPapers(root);
    writeFileSync(
      path.join(root, "corrections.json"),
      JSON.stringify({ papers: { [paper!.id]: { title: "TopoSAE: Topology-Aware Sparse Autoencoders", authorCount: 4 } } }),
    );
    expect(ingest(root).code).toBe(0);
    expect(ingest(root).code).toBe(0);
    const corrected = readPapers(root).find((p) => p.id === paper!.id)!;
    expect(corrected).toMatchObject({ title: "TopoSAE: Topology-Aware Sparse Autoencoders", titleInferred: false, authorCount: 4 });
    expect(corrected.corrected).toEqual(["authorCount", "title"]);
  });

  it("removing the listing of a corrected paper stops nothing: the correction waits, and applies again when the paper comes back", () => {
    const root = makeContent(["daily-papers.txt"]);
    const listing = "Gradient Noise Scales for Language Models\nWe measure the gradient noise scale of language models during training. It predicts the largest useful batch size across three model families.\n";
    writeFileSync(path.join(root, "sources", "extra.txt"), listing);
    expect(ingest(root).code).toBe(0);
    const paper = readPapers(root).find((p) => p.sources.every((s) => s.file === "extra.txt"))!;
    writeFileSync(path.join(root, "corrections.json"), JSON.stringify({ papers: { [paper.id]: { title: "Gradient Noise Scales of Language Models" } } }));
    expect(ingest(root).code).toBe(0);
    rmSync(path.join(root, "sources", "extra.txt"));
    const gone = ingest(root);
    expect(gone.code).toBe(0);
    expect(gone.err).toContain(`content/corrections.json: papers.${paper.id}: this paper was removed from the catalog on`);
    expect(ingest(root, "--check").code).toBe(0);
    writeFileSync(path.join(root, "sources", "extra.txt"), listing);
    expect(ingest(root).code).toBe(0);
    expect(readPapers(root).find((p) => p.id === paper.id)).toMatchObject({ title: "Gradient Noise Scales of Language Models", corrected: ["title"] });
  });

  it("rejects a corrections file that does not validate, naming file and field", () => {
    const root = makeContent(["abstract-only.txt"]);
    writeFileSync(path.join(root, "corrections.json"), JSON.stringify({ papers: { "a-paper": { title: 42 } } }));
    const r = ingest(root);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/corrections\.json: \*\*papers\.a-paper\.title\*\*/);
    expect(existsSync(path.join(root, "papers"))).toBe(false);
  });
});

describe("topics in the ingest", () => {
  it("rejects a topic file that does not validate, naming file and field", () => {
    const root = makeContent(["abstract-only.txt"]);
    const dir = path.join(root, "topics");
    cpSync(path.join(ROOT, "content", "topics", "quantization.md"), path.join(dir, "quantization.md"));
    writeFileSync(path.join(dir, "broken.md"), "---\ntitle: Broken\ndescription: x\nterms:\n  - { term: q, weight: 99 }\n---\nintro\n");
    const r = ingest(root);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/topics\/broken\.md: \*\*terms\.0\.term\*\*/);
    expect(r.err).toMatch(/topics\/broken\.md: \*\*terms\.0\.weight\*\*/);
    expect(existsSync(path.join(root, "papers"))).toBe(false);
  });

  it("prints each topic's paper count in the summary", () => {
    const root = makeContent(["daily-papers.txt"]);
    for (const t of ["quantization", "interpretability", "mixture-of-experts"]) {
      cpSync(path.join(ROOT, "content", "topics", `${t}.md`), path.join(root, "topics", `${t}.md`));
    }
    const r = ingest(root);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/topics: .*interpretability 1.*mixture-of-experts 1.*quantization 1/);
  });
});
