// Crash safety of the ingest's writes (issue 12): the write is stopped before each of its steps in
// turn - in process through the step hook, and for real with SIGKILL in a child process. Every
// time, readers see the old catalog or the new one, --check passes on it, and the next run leaves
// exactly that catalog and no leftovers.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLedger, readListings, readPapers } from "@/lib/content";
import { finishInterrupted, leftovers, staleFiles, writeGeneration, type Generation } from "@/lib/content-write";
import { snapshot } from "./helpers/snapshot";

const ROOT = path.join(__dirname, "..");
const FIXTURES = path.join(__dirname, "fixtures", "listings");
const base = mkdtempSync(path.join(tmpdir(), "atlas-crash-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let made = 0;
function dir(): string {
  const d = path.join(base, String(made++));
  mkdirSync(d, { recursive: true });
  return d;
}

function ingest(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, PAPER_ATLAS_CONTENT: root, PAPER_ATLAS_TODAY: "2026-03-01", ...env },
    encoding: "utf8",
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** Every file the ingest writes; sources/ left out (it never writes there). */
const written = (root: string) => snapshot(root, (rel) => rel === "sources");

function generationOf(root: string): Generation {
  const papers = path.join(root, "papers");
  return {
    papers: new Map(readdirSync(papers).map((n) => [n, readFileSync(path.join(papers, n), "utf8")])),
    listings: readFileSync(path.join(root, "listings.json"), "utf8"),
    ledger: readFileSync(path.join(root, "ledger.jsonl"), "utf8"),
    published: readFileSync(path.join(root, "published.jsonl"), "utf8"),
  };
}

/** What the readers of lib/content.ts see. */
const view = (root: string) => JSON.stringify({ papers: readPapers(root), listings: readListings(root), ledger: readLedger(root) });

const WRITTEN: Record<string, string> = {
  "gone.txt": "Gradient Noise Scales\nWe measure the gradient noise scale of language models during training. It predicts the largest useful batch size across three model families.\n",
  "new.txt": "Warmup-Free Adam\nWe show that a bias-corrected second moment makes learning-rate warmup unnecessary for Adam. Across four model sizes training is as stable as with a tuned warmup.\n",
};

function setSources(root: string, files: string[]) {
  rmSync(path.join(root, "sources"), { recursive: true, force: true });
  mkdirSync(path.join(root, "sources"), { recursive: true });
  for (const f of files) {
    if (WRITTEN[f]) writeFileSync(path.join(root, "sources", f), WRITTEN[f]);
    else cpSync(path.join(FIXTURES, f), path.join(root, "sources", f));
  }
}

// The new catalog: one listing gone (its paper becomes a tombstone), one added.
const OLD_SOURCES = ["daily-papers.txt", "abstract-only.txt", "collection-heading.txt", "gone.txt"];
const NEW_SOURCES = ["daily-papers.txt", "abstract-only.txt", "collection-heading.txt", "new.txt"];
const old = dir();
setSources(old, OLD_SOURCES);
const fresh = dir();

class Stop extends Error {}

beforeAll(() => {
  expect(ingest(old).code).toBe(0);
  cpSync(old, fresh, { recursive: true });
  setSources(fresh, NEW_SOURCES);
  expect(ingest(fresh).code).toBe(0);
}, 120_000);

describe("crash-safe writes", () => {
  it("has an old and a new catalog that differ in records, listings and ledger", () => {
    const [a, b] = [written(old), written(fresh)];
    for (const name of ["listings.json", "ledger.jsonl"]) expect(a[name]).not.toBe(b[name]);
    expect(Object.keys(a).filter((k) => k.startsWith("papers/"))).not.toEqual(Object.keys(b).filter((k) => k.startsWith("papers/")));
    expect(readLedger(fresh).some((e) => e.status === "removed")).toBe(true);
  });

  it("leaves the old or the new catalog, whole, when stopped before any step, and the next run finishes cleanly", () => {
    const target = generationOf(fresh);
    const before = generationOf(old);
    const steps: string[] = [];
    const counted = dir();
    cpSync(old, counted, { recursive: true });
    writeGeneration(target, counted, (s) => steps.push(s));
    expect(written(counted)).toEqual(written(fresh));
    // Staging each record, the listings and ledger, the journal, the swap of each file, clean-up.
    expect(steps.length).toBeGreaterThan(target.papers.size + 8);
    const commitAt = steps.findIndex((s) => s.startsWith("rename .ingest-journal.json.tmp"));
    expect(commitAt).toBeGreaterThan(0);

    for (let k = 0; k < steps.length; k++) {
      const root = dir();
      cpSync(old, root, { recursive: true });
      let n = 0;
      expect(() =>
        writeGeneration(target, root, () => {
          if (n++ === k) throw new Stop(steps[k]);
        }),
      ).toThrow(Stop);
      // Stopped before step k: the journal's rename is the commit point.
      const expected = k <= commitAt ? { snap: written(old), gen: before, view: view(old) } : { snap: written(fresh), gen: target, view: view(fresh) };
      expect(view(root), `readers after a stop before "${steps[k]}"`).toBe(expected.view);
      expect(staleFiles(expected.gen, root), `--check after a stop before "${steps[k]}"`).toEqual([]);
      // A second stop, while the next run finishes the first one's work, changes nothing either.
      let m = 0;
      try {
        finishInterrupted(root, () => {
          if (m++ === 1) throw new Stop("again");
        });
      } catch (e) {
        if (!(e instanceof Stop)) throw e;
      }
      expect(view(root)).toBe(expected.view);
      finishInterrupted(root);
      expect(written(root), `content after the next run, stopped before "${steps[k]}"`).toEqual(expected.snap);
      expect(leftovers(root)).toEqual([]);
    }
  });

  it("survives SIGKILL of the real ingest at the start, in the middle and at the end of its writes", () => {
    const steps: string[] = [];
    const counted = dir();
    cpSync(old, counted, { recursive: true });
    writeGeneration(generationOf(fresh), counted, (s) => steps.push(s));
    const commitAt = steps.findIndex((s) => s.startsWith("rename .ingest-journal.json.tmp"));
    const swapAt = steps.findIndex((s) => s === "move .ingest-new/papers into place");
    // The hook counts from 1; killed before step k means steps 1..k-1 were done.
    for (const k of [3, commitAt + 1, swapAt + 1, steps.length]) {
      const root = dir();
      cpSync(old, root, { recursive: true });
      setSources(root, NEW_SOURCES);
      const killed = ingest(root, [], { PAPER_ATLAS_KILL_AT: String(k) });
      expect(killed.signal, `killed before "${steps[k - 1]}"`).toBe("SIGKILL");
      const isNew = k - 1 > commitAt;
      if (!isNew) setSources(root, OLD_SOURCES);
      const check = ingest(root, ["--check"]);
      expect(check.code, `--check after a kill before "${steps[k - 1]}": ${check.err}`).toBe(0);
      if (k === 3) expect(check.err).toContain(".ingest-new: left by a stopped ingest");
      expect(ingest(root).code).toBe(0);
      expect(written(root)).toEqual(isNew ? written(fresh) : written(old));
      expect(existsSync(path.join(root, ".ingest-new")) || existsSync(path.join(root, ".ingest-old"))).toBe(false);
    }
  }, 240_000);

  it("says, when a file cannot be moved into place after the commit point, that the new catalog stands and how to finish", async () => {
    const { stopMessage } = await import("@/lib/sources");
    const root = dir();
    cpSync(old, root, { recursive: true });
    let error: unknown;
    try {
      writeGeneration(generationOf(fresh), root, (s) => {
        if (s.startsWith("move .ingest-new/papers")) throw Object.assign(new Error(`EACCES: permission denied, rename '${path.join(root, "papers")}'`), { code: "EACCES", path: path.join(root, "papers"), syscall: "rename" });
      });
    } catch (e) {
      error = e;
    }
    const message = stopMessage(error);
    expect(message).toMatch(/^ingest stopped after the new catalog was written: content\/ reads it/);
    expect(message).toContain("run npm run ingest again to finish");
    expect(message).not.toContain("content/ is unchanged");
    expect(view(root)).toBe(view(fresh));
  });

  it("reports leftovers of older versions of the ingest and leaves them for a person to check", () => {
    const root = dir();
    cpSync(old, root, { recursive: true });
    mkdirSync(path.join(root, "papers.old-1234"));
    writeFileSync(path.join(root, "listings.json.tmp-1234"), "[]");
    const r = ingest(root);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/papers\.old-1234: left by a stopped ingest of an older version/);
    expect(r.err).toMatch(/listings\.json\.tmp-1234: left by a stopped ingest of an older version/);
    expect(existsSync(path.join(root, "papers.old-1234"))).toBe(true);
  });
});
