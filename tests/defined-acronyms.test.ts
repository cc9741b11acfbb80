// Acronyms the papers define themselves: kept when unambiguous and useful, and searched both ways.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "@/lib/search/build-index";
import { definedAcronyms } from "@/lib/search/defined-acronyms";
import { SearchEngine } from "@/lib/search/engine";
import { paperRecord } from "./paper-record";

const MDM = [
  "We scale masked diffusion models (MDMs) to a billion parameters and compare them with autoregressive models.",
  "An MDM trained on text matches a small autoregressive model on perplexity.",
];

describe("definedAcronyms", () => {
  it("keeps an acronym that a paper defines and another uses, with the long form its letters spell", () => {
    expect(definedAcronyms(MDM, [])).toEqual([{ short: "MDM", long: ["masked diffusion model"] }]);
    // A hyphenated word gives its parts, or stays whole, as the letters need.
    const ffn = ["Each feed-forward network (FFN) is pruned.", "The FFN layers hold most weights."];
    const gpt = ["A generative pre-trained transformer (GPT) writes text.", "GPT models write text."];
    expect(definedAcronyms([...ffn, ...gpt], [])).toEqual([
      { short: "FFN", long: ["feed forward network"] },
      { short: "GPT", long: ["generative pre-trained transformer"] },
    ]);
  });

  it("leaves out what would mislead: two long forms, one paper only, a lower-case word, a listed acronym", () => {
    const twoForms = ["A masked language model (MLM) fills blanks.", "Multimodal language models (MLMs) read images.", "MLM is common."];
    expect(definedAcronyms(twoForms, [])).toEqual([]);
    expect(definedAcronyms([MDM[0]!], [])).toEqual([]);
    const gem = ["A generalized edge model (GEM) links nodes.", "GEM scales.", "A gem of a result."];
    expect(definedAcronyms(gem, [])).toEqual([]);
    expect(definedAcronyms(MDM, [{ short: "MDM", long: ["masked diffusion model"] }])).toEqual([]);
    // Letters that are not the initials of the words before them define nothing.
    expect(definedAcronyms(["We study the data (MDM) here.", "MDM again."], [])).toEqual([]);
  });

  it("let a search for the acronym find a paper that only spells it out, and the reverse", async () => {
    const papers = [
      paperRecord("defines", { title: "Scaling Diffusion for Text", abstract: MDM[0]! }),
      paperRecord("short", { title: "Small Text Models", abstract: MDM[1]! }),
      paperRecord("long", { title: "Sampling Faster", abstract: "Sampling from masked diffusion models takes fewer steps with our schedule." }),
      paperRecord("other", { title: "Something Else", abstract: "A study of autoregressive decoding speed on long inputs." }),
    ];
    const files = await buildSearchIndex(papers, [], { acronyms: [] });
    const engine = await SearchEngine.open(async (p) => structuredClone(files.get(p)));
    const ids = async (q: string) => (await engine.cards([...(await engine.search(q)).docs])).map((c) => c.id).sort();
    expect(await ids("MDM ")).toEqual(["defines", "long", "short"]);
    expect(await ids("masked diffusion models ")).toEqual(["defines", "long", "short"]);
  });
});
