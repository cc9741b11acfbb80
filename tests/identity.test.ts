// Permalink identity (issue 12), case by case: each edit the issue found breaking a permalink, and
// what a retired id becomes. The property test (identity-property.test.ts) covers sequences of them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { buildCatalog, type Catalog } from "@/lib/catalog";
import { readLedger } from "@/lib/content";
import { identityOf } from "@/lib/identity";
import { parseListing } from "@/lib/listing-parser";

const TITLE = "Scaling Sparse Autoencoders to Large Language Models";
const ABSTRACT =
  "Sparse autoencoders decompose the activations of language models into interpretable features. We train them on a model with seventy billion parameters and find that feature quality keeps improving with dictionary size. A simple initialisation removes most dead latents, and we release the trained dictionaries.";
const OTHER =
  "Layer normalization stabilises the training of deep networks. We show that removing the mean subtraction leaves accuracy unchanged on six benchmarks while making each layer cheaper to compute, and we derive when the simplification is safe.";

const listing = (file: string, ...entries: [string, string][]) => parseListing(entries.map(([t, a]) => `${t}\n\n${a}\n`).join("\n"), file);

/** Ingest `listings` on top of `before`, as the next run would (ledger and records of the last). */
function next(before: Catalog | undefined, today: string, ...listings: ReturnType<typeof listing>[]): Catalog {
  return buildCatalog({ listings, ledger: before?.ledger ?? [], previous: before?.papers, today });
}

const first = next(undefined, "2026-01-01", listing("a.txt", [TITLE, ABSTRACT]), listing("b.txt", ["Layer Norm Without the Mean", OTHER]));
const id = first.papers.find((p) => p.title === TITLE)!.id;

describe("an id survives the edits that used to break it", () => {
  it("a corrected title word", () => {
    const c = next(first, "2026-01-02", listing("a.txt", [TITLE.replace("Models", "Model"), ABSTRACT]), listing("b.txt", ["Layer Norm Without the Mean", OTHER]));
    expect(c.papers.find((p) => p.title.endsWith("Language Model"))!.id).toBe(id);
    expect(c.ledger.every((e) => e.status === "live")).toBe(true);
  });

  it("one of the first twelve words of the abstract changed", () => {
    const c = next(first, "2026-01-02", listing("a.txt", [TITLE, ABSTRACT.replace("decompose", "split")]));
    expect(c.papers[0]!.id).toBe(id);
  });

  it("a longer, reworded abstract", () => {
    const longer = `${ABSTRACT.replace("We train them", "We scale them up").replace("keeps improving", "improves steadily")} Ablations over four layers confirm the trend, and the dictionaries transfer to a second model family.`;
    const c = next(first, "2026-01-02", listing("a.txt", [TITLE, longer]));
    expect(c.papers[0]!.id).toBe(id);
  });

  it("a moved and renamed listing file", () => {
    const c = next(first, "2026-01-02", listing("moved/renamed.txt", ["Layer Norm Without the Mean", OTHER], [TITLE, ABSTRACT]));
    expect(c.papers.map((p) => p.id).sort()).toEqual(first.papers.map((p) => p.id).sort());
  });

  it("a hand edit of a record's title: the ledger, not the record, says who the paper is", () => {
    const edited = first.papers.map((p) => (p.id === id ? { ...p, title: "Something Else Entirely" } : p));
    const c = buildCatalog({ listings: [listing("a.txt", [TITLE, ABSTRACT])], ledger: first.ledger, previous: edited, today: "2026-01-02" });
    expect(c.papers[0]).toMatchObject({ id, title: TITLE });
  });
});

describe("retired ids", () => {
  it("a paper that leaves gets a tombstone dated once, and its id back when it returns", () => {
    const gone = next(first, "2026-01-05", listing("b.txt", ["Layer Norm Without the Mean", OTHER]));
    expect(gone.ledger.find((e) => e.id === id)).toMatchObject({ status: "removed", removedOn: "2026-01-05", lastListed: ["a.txt"] });
    const later = next(gone, "2026-02-01", listing("b.txt", ["Layer Norm Without the Mean", OTHER]));
    expect(later.ledger).toEqual(gone.ledger);
    const back = next(later, "2026-03-01", listing("c.txt", [TITLE, ABSTRACT]), listing("b.txt", ["Layer Norm Without the Mean", OTHER]));
    expect(back.papers.find((p) => p.title === TITLE)!.id).toBe(id);
    expect(back.ledger.find((e) => e.id === id)).toEqual({ ...first.ledger.find((e) => e.id === id), status: "live" });
  });

  it("two records that turn out to be one paper: the other id is merged into the one that stays", () => {
    // The copy opens otherwise, so the ingest that lists both does not take them for one paper.
    const two = next(undefined, "2026-01-01", listing("a.txt", [TITLE, ABSTRACT], [`${TITLE}: Extended Version`, `In this extended version: ${ABSTRACT}`]));
    expect(two.papers).toHaveLength(2);
    const one = next(two, "2026-01-02", listing("a.txt", [TITLE, ABSTRACT]));
    expect(one.papers).toHaveLength(1);
    const merged = one.ledger.find((e) => e.status === "merged")!;
    expect(merged.into).toBe(one.papers[0]!.id);
    expect(two.papers.map((p) => p.id)).toContain(merged.id);
  });

  it("a paper that leaves is never merged into another paper it was listed beside, however near its title and subject", () => {
    // Two real abstracts from the seeds: two papers on one subject, one word apart in title.
    const [nmt, multilingual] = ["scaling-laws-for-neural-machine-translation", "scaling-laws-for-multilingual-neural-machine-translation"].map((name) => {
      const record = matter(readFileSync(`content/papers/${name}.md`, "utf8"));
      return [String(record.data.title), record.content.trim()] as [string, string];
    });
    const both = next(undefined, "2026-01-01", listing("a.txt", nmt!, multilingual!));
    expect(both.papers).toHaveLength(2);
    const left = both.papers.find((p) => p.title === multilingual![0])!.id;
    const after = next(both, "2026-01-02", listing("a.txt", nmt!));
    expect(after.ledger.find((e) => e.id === left)).toMatchObject({ status: "removed", removedOn: "2026-01-02" });
    // Nor later, when the one that stayed is edited (a word of its abstract changed).
    const reworded = nmt![1].replace(/\bmodels\b/, "networks");
    expect(reworded).not.toBe(nmt![1]);
    const edited = next(after, "2026-01-03", listing("a.txt", [nmt![0], reworded]));
    expect(edited.ledger.find((e) => e.id === left)).toMatchObject({ status: "removed", removedOn: "2026-01-02" });
  });

  it("a different paper under a near title is a new paper, and never takes the id of the one that left", () => {
    const c = next(first, "2026-01-02", listing("a.txt", [TITLE.replace("Scaling", "Shrinking"), OTHER.replace("Layer", "Batch")]));
    expect(c.papers[0]!.id).not.toBe(id);
    expect(c.ledger.find((e) => e.id === id)!.status).toBe("removed");
  });

  it("a paper titled with a name Windows keeps for a device gets an id a checkout can hold", () => {
    const c = next(undefined, "2026-01-01", listing("a.txt", ["CON", ABSTRACT], ["Nul", OTHER]));
    expect(c.papers.map((p) => p.id).sort()).toEqual(["con-paper", "nul-paper"]);
  });

  it("a new paper whose slug is a retired id gets another id", () => {
    const gone = next(first, "2026-01-05", listing("b.txt", ["Layer Norm Without the Mean", OTHER]));
    const impostor = next(gone, "2026-01-06", listing("b.txt", ["Layer Norm Without the Mean", OTHER], [TITLE, OTHER.replace("deep networks", "deep transformers").replace("six", "nine").replace("accuracy", "loss")]));
    const newcomer = impostor.papers.find((p) => p.title === TITLE)!;
    expect(newcomer.id).not.toBe(id);
    expect(newcomer.id.startsWith(id)).toBe(true);
  });
});

describe("the first ledger", () => {
  it("adopts the ids of the records there are, numbered in listing order", () => {
    const records = [
      { id: "kept-id-for-b", title: "Layer Norm Without the Mean", abstract: OTHER, sources: [{ file: "a.txt", line: 5 }] },
      { id: "kept-id-for-a", title: TITLE, abstract: ABSTRACT, sources: [{ file: "a.txt", line: 1 }] },
    ];
    const c = buildCatalog({ listings: [listing("a.txt", [TITLE, ABSTRACT], ["Layer Norm Without the Mean", OTHER])], previous: records });
    expect(c.papers.map((p) => p.id).sort()).toEqual(["kept-id-for-a", "kept-id-for-b"]);
    expect(c.ledger.map((e) => [e.id, e.seq])).toEqual([["kept-id-for-a", 1], ["kept-id-for-b", 2]]);
  });
});

describe("readLedger", () => {
  it("names file, line and field of a bad line, a repeated id and a merge into nothing", () => {
    const root = mkdtempSync(path.join(tmpdir(), "atlas-ledger-"));
    try {
      const good = { id: "a-paper", seq: 1, status: "live", ...identityOf("A Paper", ABSTRACT) };
      const lines = [good, { ...good, seq: 2 }, { ...good, id: "b-paper", seq: 3, status: "merged", into: "nowhere" }, { ...good, id: "c-paper", seq: 4, status: "removed" }];
      writeFileSync(path.join(root, "ledger.jsonl"), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n{oops\n`);
      expect(() => readLedger(root)).toThrow(
        expect.objectContaining({
          problems: expect.arrayContaining([
            expect.stringMatching(/ledger\.jsonl:2: \*\*id\*\*: "a-paper" is also on line 1$/),
            expect.stringMatching(/ledger\.jsonl:3: \*\*into\*\*: "nowhere" is not an id in the ledger$/),
            expect.stringMatching(/ledger\.jsonl:4: \*\*removedOn\*\*: is set exactly when status is "removed"$/),
            expect.stringMatching(/ledger\.jsonl:5: not valid JSON/),
          ]),
        }),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
