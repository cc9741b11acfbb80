import { describe, expect, it } from "vitest";
import { readPapers } from "@/lib/content";
import { MIN_SIMILARITY, RELATED_COUNT, relatedPapers } from "@/lib/related";

const papers = readPapers();
const related = relatedPapers(papers);
const idOf = (prefix: string) => papers.find((p) => p.title.startsWith(prefix))!.id;

describe("related papers", () => {
  it("gives a paper at most 5 others, never itself, with the shared phrases and terms that explain the link", () => {
    for (const p of papers) {
      const list = related.get(p.id)!;
      expect(list.length).toBeLessThanOrEqual(RELATED_COUNT);
      expect(list.map((r) => r.id)).not.toContain(p.id);
      expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
      for (const r of list) expect(r.score).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    }
    // Nearly every paper of a catalog on one field has close neighbours.
    expect(papers.filter((p) => related.get(p.id)!.length > 0).length / papers.length).toBeGreaterThan(0.95);
    // Most links say why; a link whose only shared words are generic says nothing rather than "lower".
    const links = [...related.values()].flat();
    expect(links.filter((r) => r.terms.length > 0).length / links.length).toBeGreaterThan(0.9);
    for (const r of links) for (const t of r.terms) for (const w of t.split(" ")) expect(["lower", "off", "free", "trade", "use", "model"]).not.toContain(w);
  });

  it("explains a link by the distinctive phrases two papers share", () => {
    const reasons = related.get(idOf("Layer Normalization"))!.find((r) => r.id === idOf("PowerNorm"))!.terms;
    expect(reasons).toContain("layer normalization");
  });

  it("finds the obvious neighbours: normalization papers relate to each other", () => {
    const ln = related.get(idOf("Layer Normalization"))!.map((r) => r.id);
    expect(ln).toContain(idOf("PowerNorm"));
    const moe = related.get(idOf("MaskMoE"))!.map((r) => r.id);
    expect(moe).toContain(idOf("CartesianMoE"));
  });

  it("is symmetric where it should be: a paper's closest neighbour usually lists it back", () => {
    let mutual = 0;
    const linked = papers.filter((p) => related.get(p.id)!.length > 0);
    for (const p of linked) {
      const best = related.get(p.id)![0]!;
      if (related.get(best.id)!.some((r) => r.id === p.id)) mutual++;
    }
    expect(mutual / linked.length).toBeGreaterThan(0.6);
  });

  it("lists no paper that only shares a word or two: a paper unlike the others has no related papers", () => {
    const fruit = { id: "bananas", title: "Bananas Ripen After Harvest", abstract: "Ethylene released by bananas in storage speeds ripening; cold storage slows it, and the fruit keeps its quality for weeks of shipping." };
    const links = relatedPapers([...papers, fruit]);
    expect(links.get("bananas")).toEqual([]);
    for (const p of papers) expect(links.get(p.id)!.map((r) => r.id), p.id).not.toContain("bananas");
  });

  it("is deterministic and independent of input order", () => {
    const again = relatedPapers([...papers].reverse());
    expect([...again.entries()].sort()).toEqual([...related.entries()].sort());
  });

  it("computed for only some papers, gives those papers the same neighbours as for all", () => {
    const some = new Set([idOf("Layer Normalization"), idOf("MaskMoE")]);
    const only = relatedPapers(papers, RELATED_COUNT, some);
    expect([...only.keys()].sort()).toEqual([...some].sort());
    for (const id of some) expect(only.get(id)).toEqual(related.get(id));
  });
});
