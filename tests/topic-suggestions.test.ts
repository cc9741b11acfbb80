import { describe, expect, it } from "vitest";
import { suggestTopics } from "@/lib/topic-suggestions";

const paper = (id: string, title: string, abstract: string) => ({ id, title, abstract });

// A catalog of 40 papers: 10 about speech recognition (never named by a topic), 5 of them also
// about noisy channels; 30 others about attention. "benchmark suite" is everywhere: common in the
// group but not distinctive of it.
const speech = Array.from({ length: 10 }, (_, i) =>
  paper(
    `speech-${String(i).padStart(2, "0")}`,
    i < 3 ? `Speech Recognition with Trick ${i}` : `Trick ${i} for Listening Machines`,
    `We train language models for speech recognition on corpus ${i}. ${i < 5 ? "Noisy channels." : "Clean audio."} The recognition accuracy improves on a benchmark suite.`,
  ),
);
const others = Array.from({ length: 30 }, (_, i) =>
  paper(`other-${String(i).padStart(2, "0")}`, `Attention Variant ${i}`, `We study attention heads in language models, variant ${i}, and sparse attention patterns on a benchmark suite.`),
);
const catalog = [...speech, ...others];

describe("suggestTopics", () => {
  it("suggests the phrases a group shares and the catalog does not, with counts and examples, best first", () => {
    const s = suggestTopics(speech, catalog, { minPapers: 3 });
    expect(s[0]).toEqual({
      phrase: "speech recognition",
      papers: 10,
      share: 1,
      catalog: 10,
      // Papers with the phrase in their title come first.
      examples: [
        { id: "speech-00", title: "Speech Recognition with Trick 0" },
        { id: "speech-01", title: "Speech Recognition with Trick 1" },
        { id: "speech-02", title: "Speech Recognition with Trick 2" },
      ],
    });
    expect(s.map((x) => x.phrase).slice(1).sort()).toEqual(["clean audio", "noisy channels"]);
    expect(s.find((x) => x.phrase === "noisy channels")).toMatchObject({ papers: 5, share: 0.5, catalog: 5 });
    // In every paper of the catalog: not distinctive of the group.
    expect(s.map((x) => x.phrase)).not.toContain("benchmark suite");
  });

  it("leaves out a phrase used by mostly the same papers as a better one, and existing terms", () => {
    const phrases = suggestTopics(speech, catalog, { minPapers: 3, max: 10 }).map((x) => x.phrase);
    // "recognition accuracy" is in the same 10 papers as "speech recognition".
    expect(phrases).not.toContain("recognition accuracy");
    const withTerm = suggestTopics(speech, catalog, { minPapers: 3, existingTerms: ["Speech Recognition"] }).map((x) => x.phrase);
    // Another phrase of the same 10 papers takes its place.
    expect(withTerm).not.toContain("speech recognition");
    expect(withTerm).not.toHaveLength(0);
    expect(withTerm[0]).not.toBe("speech recognition");
  });

  it("needs a phrase in enough papers of the group, and nothing for an empty group", () => {
    expect(suggestTopics(speech, catalog, { minPapers: 11 })).toEqual([]);
    expect(suggestTopics([], catalog)).toEqual([]);
    expect(suggestTopics(speech, catalog, { minPapers: 7 }).map((x) => x.phrase)).not.toContain("noisy channels");
  });

  it("does not run a phrase from the title into the abstract, nor start or end one on a stop word", () => {
    const group = Array.from({ length: 4 }, (_, i) => paper(`p${i}`, `Alpha${i} Zebra`, `Crossing beta${i} of the gamma${i}.`));
    expect(suggestTopics(group, group, { minPapers: 4, minLift: 1 })).toEqual([]);
    const inside = group.map((p, i) => ({ ...p, abstract: `A zebra crossing beta${i} of the gamma${i}.` }));
    expect(suggestTopics(inside, inside, { minPapers: 4, minLift: 1 }).map((x) => x.phrase)).toEqual(["zebra crossing"]);
  });

  it("is deterministic whatever the order of the papers", () => {
    const a = suggestTopics(speech, catalog, { minPapers: 3 });
    const b = suggestTopics([...speech].reverse(), [...catalog].reverse(), { minPapers: 3 });
    expect(b).toEqual(a);
  });
});
