// The figures bench:search prints beside recall: how far phrase queries find the papers that write
// the phrase, and how far a word typed with one slip finds what the word finds.
import { describe, expect, it } from "vitest";
import { phraseShare, typoShare } from "@/lib/search/evaluate";
import { withinOneEdit } from "@/lib/search/query";

const papers = [
  { id: "a", text: "State space models scale. State space layers recur." },
  { id: "b", text: "We study state space models for speech recognition tasks." },
  { id: "c", text: "A state of the art design space for models." },
  { id: "d", text: "State space models and attention layers compared." },
  { id: "e", text: "Speech recognition with recurrent layers and attention." },
  ...Array.from({ length: 6 }, (_, i) => ({ id: `other-${i}`, text: `Topic ${i} of another kind.` })),
];

describe("phraseShare", () => {
  it("is 1 when the papers holding each phrase come first, and lower when they do not", async () => {
    const holders = (q: string) => papers.filter((p) => p.text.toLowerCase().includes(q.trim())).map((p) => p.id);
    const first = await phraseShare(papers, async (q) => [...holders(q), ...papers.map((p) => p.id).filter((id) => !holders(q).includes(id))], { from: 2, step: 1 });
    const last = await phraseShare(papers, async (q) => [...papers.map((p) => p.id).filter((id) => !holders(q).includes(id)), ...holders(q)], { from: 2, step: 1 });
    expect(first.queries).toBeGreaterThan(0);
    expect(first.share).toBe(1);
    expect(last.share).toBeLessThan(1);
  });
});

describe("typoShare", () => {
  const texts = ["Quantization of language models.", "Quantization reduces memory.", "Attention layers and recurrence.", "Recurrence without attention layers."];
  it("counts a slip as found when its first result is the word's", async () => {
    const find = (q: string) => texts.flatMap((t, i) => (t.toLowerCase().includes(q.trim()) ? [String(i)] : []));
    // A search that knows the three words and takes a slip for the word one edit away.
    const forgiving = async (q: string) => find(["quantization", "attention", "recurrence"].find((w) => withinOneEdit(w, q.trim())) ?? q);
    const exact = await typoShare(texts, async (q) => find(q), { count: 50 });
    expect(exact.queries).toBeGreaterThan(0);
    expect(exact.share).toBe(0);
    expect((await typoShare(texts, forgiving, { count: 50 })).share).toBe(1);
  });
});
