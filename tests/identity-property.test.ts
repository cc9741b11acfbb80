// Property test of permalink identity (issue 12): random sequences of curator edits, each followed
// by an ingest that reads back the ledger the previous one wrote. After every step, every id ever
// issued resolves to the paper it was issued for (directly or through a merge) or to a tombstone,
// no two papers share an id, and a tombstone never stands for a paper that is still listed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCatalog, type Catalog } from "@/lib/catalog";
import { readPapers } from "@/lib/content";
import { parseListing } from "@/lib/listing-parser";
import { LedgerEntrySchema, type Corrections, type LedgerEntry } from "@/lib/schema";
import { serializeLedger } from "@/lib/content";

/** Real papers of the catalog, with titles: eight to start from, then impostors' abstracts. */
const POOL = readPapers()
  .filter((p) => !p.titleInferred && p.abstract.length > 500 && p.title.split(" ").length >= 4 && !p.abstract.includes("\n"))
  .slice(0, 12)
  .map((p) => ({ title: p.title, abstract: p.abstract }));
const STARTING = 8;

const VOCABULARY = ["robust", "sparse", "adaptive", "latent", "scalable", "efficient", "grounded", "modular", "causal", "dense", "implicit", "neural"];

type Entry = { truth: number; title: string; abstract: string };
type Model = { files: Map<string, Entry[]>; shelf: Map<string, Entry[]>; corrections: Corrections; renames: number };

type Edit =
  | { kind: "retitle"; pick: number; words: number; seed: number }
  | { kind: "reword"; pick: number; share: number; seed: number }
  | { kind: "extend"; pick: number }
  | { kind: "reorder"; file: number; seed: number }
  | { kind: "rename"; file: number }
  | { kind: "remove"; file: number }
  | { kind: "readd"; file: number; rename: boolean }
  | { kind: "copy"; pick: number; file: number }
  | { kind: "impostor"; pick: number; file: number; other: number }
  | { kind: "correct"; pick: number; seed: number }
  | { kind: "uncorrect"; pick: number };

const nat = fc.nat({ max: 1000 });
const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("retitle" as const), pick: nat, words: fc.integer({ min: 1, max: 2 }), seed: nat }),
  fc.record({ kind: fc.constant("reword" as const), pick: nat, share: fc.double({ min: 0.02, max: 1 / 3, noNaN: true }), seed: nat }),
  fc.record({ kind: fc.constant("extend" as const), pick: nat }),
  fc.record({ kind: fc.constant("reorder" as const), file: nat, seed: nat }),
  fc.record({ kind: fc.constant("rename" as const), file: nat }),
  fc.record({ kind: fc.constant("remove" as const), file: nat }),
  fc.record({ kind: fc.constant("readd" as const), file: nat, rename: fc.boolean() }),
  fc.record({ kind: fc.constant("copy" as const), pick: nat, file: nat }),
  fc.record({ kind: fc.constant("impostor" as const), pick: nat, file: nat, other: nat }),
  fc.record({ kind: fc.constant("correct" as const), pick: nat, seed: nat }),
  fc.record({ kind: fc.constant("uncorrect" as const), pick: nat }),
);

/** A small deterministic generator for the choices inside one edit. */
function rng(seed: number): () => number {
  let s = seed + 0x9e3779b9;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return ((s ^ (s >>> 13)) >>> 0) / 4294967296;
  };
}

function initial(): Model {
  const e = (k: number): Entry => ({ truth: k, ...POOL[k]! });
  return {
    // Papers 0 and 5 are listed twice, as they are in the real catalog.
    files: new Map([
      ["a.txt", [e(0), e(1), e(2)]],
      ["b.txt", [e(3), e(4), e(5), e(0)]],
      ["c.txt", [e(6), e(7), e(5)]],
    ]),
    shelf: new Map(),
    corrections: { papers: {} },
    renames: 0,
  };
}

const entriesOf = (m: Model) => [...m.files.values()].flat();
const fileAt = (m: Model, n: number) => [...m.files.keys()].sort()[n % m.files.size];

function replaceWords(text: string, share: number, rand: () => number): string {
  const words = text.split(" ");
  const count = Math.max(1, Math.floor(words.length * share));
  for (let k = 0; k < count; k++) {
    const i = Math.floor(rand() * words.length);
    words[i] = VOCABULARY[Math.floor(rand() * VOCABULARY.length)]!;
  }
  return words.join(" ");
}

/** Apply an edit; the catalog before it supplies ids for corrections. */
function apply(m: Model, edit: Edit, catalog: Catalog) {
  const all = entriesOf(m);
  switch (edit.kind) {
    case "retitle": {
      if (all.length === 0) return;
      const e = all[edit.pick % all.length]!;
      const rand = rng(edit.seed);
      const words = e.title.split(" ");
      for (let k = 0; k < edit.words; k++) words[Math.floor(rand() * words.length)] = VOCABULARY[Math.floor(rand() * VOCABULARY.length)]!.replace(/^./, (c) => c.toUpperCase());
      e.title = words.join(" ");
      return;
    }
    case "reword": {
      if (all.length === 0) return;
      const e = all[edit.pick % all.length]!;
      e.abstract = replaceWords(e.abstract, edit.share, rng(edit.seed));
      if (!/[.!?]$/.test(e.abstract)) e.abstract += ".";
      return;
    }
    case "extend": {
      if (all.length === 0) return;
      const e = all[edit.pick % all.length]!;
      e.abstract += ` We release the code and a further ablation of ${VOCABULARY[edit.pick % VOCABULARY.length]} variants.`;
      return;
    }
    case "reorder": {
      const name = m.files.size > 0 ? fileAt(m, edit.file) : undefined;
      if (!name) return;
      const list = m.files.get(name)!;
      const rand = rng(edit.seed);
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return;
    }
    case "rename": {
      const name = m.files.size > 0 ? fileAt(m, edit.file) : undefined;
      if (!name) return;
      const list = m.files.get(name)!;
      m.files.delete(name);
      m.files.set(`renamed-${++m.renames}.txt`, list);
      return;
    }
    case "remove": {
      // Keep one listing: an ingest needs at least one.
      if (m.files.size < 2) return;
      const name = fileAt(m, edit.file)!;
      m.shelf.set(name, m.files.get(name)!);
      m.files.delete(name);
      return;
    }
    case "readd": {
      if (m.shelf.size === 0) return;
      const name = [...m.shelf.keys()].sort()[edit.file % m.shelf.size]!;
      m.files.set(edit.rename ? `readded-${++m.renames}.txt` : name, m.shelf.get(name)!);
      m.shelf.delete(name);
      return;
    }
    case "copy": {
      if (all.length === 0) return;
      const e = all[edit.pick % all.length]!;
      const name = fileAt(m, edit.file)!;
      const list = m.files.get(name)!;
      if (!list.includes(e)) list.push({ ...e });
      return;
    }
    case "impostor": {
      // A different paper listed under a listed paper's title, one word changed: a new paper.
      if (all.length === 0) return;
      const e = all[edit.pick % all.length]!;
      const k = STARTING + (edit.other % (POOL.length - STARTING));
      const words = e.title.split(" ");
      words[edit.other % words.length] = "Revisited";
      // Listings that share the impostor's abstract list one paper, whatever its title.
      m.files.get(fileAt(m, edit.file)!)!.push({ truth: 100 + k, title: words.join(" "), abstract: POOL[k]!.abstract });
      return;
    }
    case "correct": {
      const paper = catalog.papers[edit.pick % catalog.papers.length];
      if (paper) m.corrections.papers[paper.id] = { title: `${paper.title} (${VOCABULARY[edit.seed % VOCABULARY.length]} edition)` };
      return;
    }
    case "uncorrect": {
      const ids = Object.keys(m.corrections.papers).sort();
      if (ids.length > 0) delete m.corrections.papers[ids[edit.pick % ids.length]!];
      return;
    }
  }
}

const listingText = (entries: Entry[]) => entries.map((e) => `${e.title}\n\n${e.abstract}\n`).join("\n");

/** The truth each record stands for: the one truth of the entries it was made from. */
function truthsOf(m: Model, catalog: Catalog): Map<string, number> {
  const at = new Map<string, number>();
  for (const [file, entries] of m.files) entries.forEach((e, k) => at.set(`${file}:${4 * k + 1}`, e.truth));
  const truths = new Map<string, number>();
  for (const p of catalog.papers) {
    const set = new Set(p.sources.map((s) => at.get(`${s.file}:${s.line}`)));
    expect([...set], `${p.id} is made of entries of one paper`).toHaveLength(1);
    truths.set(p.id, [...set][0]!);
  }
  return truths;
}

function ingest(m: Model, ledger: LedgerEntry[] | undefined, previous: Catalog | undefined, today: string): Catalog {
  const listings = [...m.files].map(([file, entries]) => parseListing(listingText(entries), file));
  return buildCatalog({ listings, ledger, previous: previous?.papers, corrections: m.corrections, today });
}

/** Read back as the next ingest would: serialised, split into lines and validated. */
function roundTrip(ledger: LedgerEntry[]): LedgerEntry[] {
  return serializeLedger(ledger)
    .split("\n")
    .filter(Boolean)
    .map((line) => LedgerEntrySchema.parse(JSON.parse(line)));
}

function checkStep(m: Model, catalog: Catalog, issued: Map<string, number>, removedOn: Map<string, string>, today: string) {
  const truths = truthsOf(m, catalog);
  const ids = catalog.papers.map((p) => p.id);
  expect(new Set(ids).size, "no two papers share an id").toBe(ids.length);
  const ledger = new Map(catalog.ledger.map((e) => [e.id, e]));
  for (const [id, truth] of truths) {
    expect(ledger.get(id)?.status, `${id} is live in the ledger`).toBe("live");
    if (!issued.has(id)) issued.set(id, truth);
  }
  const listed = new Set(truths.values());
  for (const [id, truth] of issued) {
    const entry = ledger.get(id);
    expect(entry, `${id} was issued and is still in the ledger`).toBeDefined();
    let end = entry!;
    if (end.status === "merged") {
      end = ledger.get(end.into!)!;
      expect(end.status, `${id} is merged straight into a paper or a tombstone`).not.toBe("merged");
    }
    if (end.status === "live") expect(truths.get(end.id), `${id} resolves to the paper it was issued for`).toBe(truth);
    else {
      expect(listed.has(truth), `${id} is a tombstone, but its paper is still listed`).toBe(false);
      if (!removedOn.has(end.id)) removedOn.set(end.id, today);
      expect(end.removedOn, `${end.id} keeps the day it was removed`).toBe(removedOn.get(end.id));
    }
    if (end.status === "live") removedOn.delete(end.id);
  }
}

describe("permalink identity under random edits (fast-check, fixed seed)", () => {
  it("has a pool of real papers to edit", () => {
    expect(POOL).toHaveLength(12);
  });

  it("keeps every id resolving to its paper or a tombstone, and never gives one id to two papers", () => {
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: 4, maxLength: 14 }), (edits) => {
        const m = initial();
        const issued = new Map<string, number>();
        const removedOn = new Map<string, string>();
        let catalog = ingest(m, undefined, undefined, "2026-01-01");
        checkStep(m, catalog, issued, removedOn, "2026-01-01");
        edits.forEach((edit, step) => {
          apply(m, edit, catalog);
          const today = `2026-02-${String(step + 1).padStart(2, "0")}`;
          const ledger = roundTrip(catalog.ledger);
          const next = ingest(m, ledger, catalog, today);
          // Deterministic: the same inputs give the same ledger and records.
          expect(ingest(m, ledger, catalog, today)).toEqual(next);
          catalog = next;
          checkStep(m, catalog, issued, removedOn, today);
        });
      }),
      {
        seed: 20261201,
        numRuns: 60,
        // Found with another seed: a retitled copy's id came back from a shelved listing while the
        // original id lay removed, a tombstone for a paper that was listed again.
        examples: [
          [
            [
              { kind: "retitle", pick: 0, words: 1, seed: 0 },
              { kind: "remove", file: 0 },
              { kind: "retitle", pick: 0, words: 1, seed: 0 },
              { kind: "impostor", pick: 0, file: 0, other: 0 },
              { kind: "remove", file: 0 },
              { kind: "readd", file: 0, rename: false },
            ],
          ],
        ],
      },
    );
  });
});
