// Matching behaviour of the search engine on small, made-up catalogs built with the real index
// builder, and its safety on any input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, planShards } from "@/lib/search/build-index";
import { resolveShard, SHARD_POSTINGS } from "@/lib/search/options";
import { SearchEngine } from "@/lib/search/engine";
import { parseQuery, withinOneEdit } from "@/lib/search/query";
import type { PaperRecord, TopicRecord } from "@/lib/schema";

const paper = (id: string, title: string, abstract: string): PaperRecord => ({
  id, title, abstract, titleInferred: false, authorCount: null, date: null, dateInferred: false, upvotes: null,
  links: [], sources: [{ file: "a.txt", line: 1 }], topics: [], corrected: [],
});

const CATALOG = [
  paper("quant-title", "Post-Training Quantization for Language Models", "We reduce memory. Weights use fewer bits."),
  paper("quant-abstract", "Making Models Cheaper", "We apply quantization to weights and activations of transformers."),
  paper("sae", "Sparse Autoencoders Find Features", "Sparse autoencoders decompose activations into interpretable features."),
  paper("sae-short", "Reading Models with SAEs", "We train an SAE on residual activations of a transformer."),
  paper("moe", "Routing in Mixture-of-Experts Models", "A mixture of experts routes each token to two experts."),
  paper("moe-short", "Balancing MoE Layers", "We balance load across MoE layers without auxiliary losses."),
  paper("pruning", "Structured Pruning at Scale", "Pruning removes neurons; pruned networks keep accuracy."),
  paper("experts-apart", "Experts Agree on Mixtures", "A mixture model of cheap predictors is audited by experts."),
  paper("kv", "Evicting the KV Cache", "Long context makes the key value cache large; we evict entries."),
];

const ACRONYMS = [
  { short: "SAE", long: ["sparse autoencoder"] },
  { short: "MoE", long: ["mixture of experts"] },
  { short: "KV cache", long: ["key value cache"] },
];

async function engineFor(papers: PaperRecord[], acronyms = ACRONYMS, topics: TopicRecord[] = []) {
  const files = await buildSearchIndex(papers, topics, { acronyms });
  const engine = await SearchEngine.open(async (p) => structuredClone(files.get(p)));
  const ids = async (q: string) => {
    const r = await engine.search(q);
    return (await engine.cards([...r.docs])).map((d) => d.id);
  };
  return { engine, ids };
}

/** `n` papers besides the ones a test is about ("other-0", ...), each abstract from `abstract(i)`. */
const others = (n: number, abstract: (i: number) => string) => Array.from({ length: n }, (_, i) => paper(`other-${i}`, `Paper ${i}`, abstract(i)));

describe("matching", async () => {
  const { engine, ids } = await engineFor(CATALOG);

  it("completes an unfinished last word while typing", async () => {
    expect((await ids("sparse autoenc")).slice(0, 1)).toEqual(["sae"]);
    expect(await ids("quant")).toEqual(expect.arrayContaining(["quant-title", "quant-abstract"]));
  });

  it("tolerates one wrong, missing, extra or swapped letter in words of five letters or more", async () => {
    for (const q of ["quantizaton", "quantisation", "quantizzation", "qunatization", "quantizatoin", "guantization", "uantization", "qantization", "xquantization"]) {
      expect(await ids(q), q).toEqual(expect.arrayContaining(["quant-title", "quant-abstract"]));
    }
  });

  it("tells a word too short to complete yet from a finished one", async () => {
    expect((await engine.search("sparse au")).unfinished).toBe(true);
    expect((await engine.search("sparse au ")).unfinished).toBe(false);
    expect((await engine.search("sparse aut")).unfinished).toBe(false);
    expect((await engine.search("稀")).unfinished).toBe(false); // a CJK character is a whole word
  });

  it("completes an unfinished word that already has a typo", async () => {
    expect(await ids("autoencdo")).toEqual(["sae"]);
    expect(await ids("quantizaion")).toEqual(expect.arrayContaining(["quant-title", "quant-abstract"]));
    expect(await ids("qunatiz")).toEqual(expect.arrayContaining(["quant-title", "quant-abstract"]));
    // Two edits away from the start of any word finds nothing.
    expect(await ids("axtoencdo")).toEqual([]);
  });

  it("finds other forms of a word: quantize -> quantization, pruned -> pruning", async () => {
    expect(await ids("quantize")).toEqual(expect.arrayContaining(["quant-title", "quant-abstract"]));
    expect((await ids("pruned"))[0]).toBe("pruning");
  });

  it("expands acronyms both ways", async () => {
    expect(await ids("SAE")).toEqual(expect.arrayContaining(["sae", "sae-short"]));
    expect(await ids("sparse autoencoder")).toEqual(expect.arrayContaining(["sae", "sae-short"]));
    expect(await ids("MoE")).toEqual(expect.arrayContaining(["moe", "moe-short"]));
    expect(await ids("mixture of experts")).toEqual(expect.arrayContaining(["moe", "moe-short"]));
    expect(await ids("KV cache")).toEqual(expect.arrayContaining(["kv"]));
  });

  it("expands a spelled-out acronym whose last word is still being typed", async () => {
    expect(await ids("mixture of exp")).toEqual(expect.arrayContaining(["moe", "moe-short"]));
    expect((await engine.search("mixture of exp")).expansions).toEqual([{ long: "mixture of experts", short: "MoE" }]);
    // Unless the papers also write the two words as one: "layer norm" is LayerNorm too.
    const ln = await engineFor(
      [paper("joined", "Faster LayerNorm", "We fuse LayerNorm into the matmul."), paper("spelled", "On Layer Normalization", "Layer normalization steadies training.")],
      [{ short: "LN", long: ["layer normalization"] }],
    );
    expect((await ln.ids("layer norm")).sort()).toEqual(["joined", "spelled"]);
  });

  it("matches a quoted phrase only as that exact phrase", async () => {
    expect(await ids('"mixture of experts"')).toEqual(["moe"]);
    expect(await ids("mixture experts")).toEqual(expect.arrayContaining(["moe", "experts-apart"]));
  });

  it("matches a quoted phrase in the singular or the plural, and in no other form or order", async () => {
    const { ids } = await engineFor([
      paper("singular", "Training a Reward Model", "A reward model scores answers."),
      paper("plural", "Ensembles of Reward Models", "Several reward models vote on answers."),
      paper("modeling", "Reward Modeling at Scale", "Reward modeling from human preferences."),
      paper("apart", "Model the Reward", "We model the reward of each answer."),
      paper("studies", "Two Case Studies", "Case studies of alignment."),
      paper("needle", "Long Context Tests", "We pass the needle-in-a-haystack test at 128k tokens."),
    ]);
    // A single letter is not indexed, as in the papers' text: the phrase holds without it.
    for (const q of ['"needle in a haystack"', '"needle-in-a-haystack"']) expect(await ids(q), q).toEqual(["needle"]);
    for (const q of ['"reward model"', '"reward models"']) expect((await ids(q)).sort(), q).toEqual(["plural", "singular"]);
    expect(await ids('"case study"')).toEqual(["studies"]);
  });

  it("ranks title matches above abstract-only matches", async () => {
    const r = await ids("quantization");
    expect(r.indexOf("quant-title")).toBeLessThan(r.indexOf("quant-abstract"));
  });

  it("ranks papers matching all words above papers matching some", async () => {
    const r = await engine.search("quantization weights transformers");
    const docs = await engine.cards([...r.docs]);
    expect(docs[0]!.id).toBe("quant-abstract");
    expect(r.complete).toBe(1);
    expect(r.docs.length).toBeGreaterThan(1);
  });

  it("reports the index words it matched, for highlighting", async () => {
    expect((await engine.search("quantize")).words).toContain("quantization");
  });
});

describe("acronyms never outweigh the words typed", async () => {
  const papers = [
    paper("said", "Sparse Autoencoders at Scale", "We train sparse autoencoders."),
    paper("acronym", "A Suite of SAEs", "We release SAEs for every layer."),
    ...Array.from({ length: 4 }, (_, i) => paper(`sparse-${i}`, `Sparse Paper ${i}`, "Sparse attention.")),
  ];
  const { ids } = await engineFor(papers, [{ short: "SAE", long: ["sparse autoencoder"] }]);

  it("ranks the paper that says what was typed above the one that says its acronym", async () => {
    expect((await ids("sparse autoencoders")).slice(0, 2)).toEqual(["said", "acronym"]);
    expect((await ids("SAE")).slice(0, 2)).toEqual(["acronym", "said"]);
  });
});

describe("word forms", async () => {
  const { ids } = await engineFor([
    paper("generated", "Generated Text", "We detect generated text."),
    paper("generation", "Text Generation", "Generation of text."),
    paper("general", "General Methods", "A general method with good generalization."),
  ]);

  it("joins forms of one word and keeps apart words that only start alike", async () => {
    expect(await ids("generating")).toEqual(expect.arrayContaining(["generated", "generation"]));
    expect(await ids("generating")).not.toContain("general");
    expect(await ids("generalize")).toEqual(["general"]);
  });
});
describe("words side by side", async () => {
  const { ids } = await engineFor([
    paper("apart", "The Design Space of Language Models", "We reach state-of-the-art results across the design space of models."),
    paper("phrase", "Recurrent Layers Revisited", "We study state space models as an alternative to attention layers."),
    ...others(8, (i) => `A state-of-the-art model of topic ${i}.`),
  ]);

  it("rank a paper holding the query as a phrase above one holding its words apart, even in its title", async () => {
    for (const q of ["state space models", "state space models "]) expect((await ids(q)).slice(0, 2), q).toEqual(["phrase", "apart"]);
  });
});

describe("what an abstract opens with", async () => {
  const filler = "Experiments cover several settings, scales and datasets, with ablations of each choice we make. ".repeat(6);
  const { ids } = await engineFor([
    // Said in passing, late in a slightly shorter abstract: plain BM25 would rank it first.
    paper("a-passing", "Mixing Data for Pretraining", `${filler}We also find a mixture that avoids catastrophic forgetting.`),
    paper("b-opening", "Learning Tasks in Sequence", `We study catastrophic forgetting when models learn tasks one after another. ${filler}`),
    ...others(8, (i) => `A study of topic ${i}.`),
  ]);

  it("ranks a paper that opens with the subject above one that names it in passing", async () => {
    for (const q of ["catastrophic forgetting", '"catastrophic forgetting"']) expect((await ids(q)).slice(0, 2), q).toEqual(["b-opening", "a-passing"]);
  });
});

describe("names written with a digit", async () => {
  const { ids } = await engineFor([
    paper("hyphen", "Judging Answers", "We ask GPT-4 to grade answers."),
    paper("spaced", "A Grading Study", "GPT 4 grades answers."),
    paper("apart", "GPT Judges at Scale", "A GPT model grades 4 kinds of answers in 4 steps with GPT."),
    paper("bits", "Weights in 1-bit", "Every weight takes 1 bit."),
    paper("omni", "Listening with GPT-4o", "GPT-4o hears speech."),
    paper("s3", "S³: Serving at Higher Throughput", "Predicting output lengths raises throughput."),
    ...others(6, (i) => `A study of topic ${i} with 4 models.`),
  ]);

  it("finds a superscript typed with a caret", async () => {
    for (const q of ["S³", "S^3", "s^{3} throughput"]) expect(await ids(q), q).toEqual(["s3"]);
  });

  it("finds a name typed as one word where the papers write it as two, and the reverse", async () => {
    for (const q of ["GPT4", "gpt4 "]) expect((await ids(q)).sort(), q).toEqual(["hyphen", "spaced"]);
    expect(await ids("1bit")).toEqual(["bits"]);
    expect(await ids("gpt4o")).toEqual(["omni"]);
  });

  it("ranks papers holding a hyphenated name as written first, while its last part is typed", async () => {
    for (const q of ["gpt-4", "GPT-4 "]) expect((await ids(q)).slice(0, 2).sort(), q).toEqual(["hyphen", "spaced"]);
  });
});

describe("words that frame a question", async () => {
  const { ids } = await engineFor([
    paper("quantization", "Quantization of Language Models", "We quantize weights to four bits."),
    paper("summaries", "Summarising Papers", "We summarise papers about physics."),
    ...others(6, (i) => `A study of topic ${i}.`),
  ]);

  it("are not searched for: \"papers about quantization\" finds what \"quantization\" does", async () => {
    expect(await ids("quantization")).toEqual(["quantization"]);
    for (const q of ["papers about quantization", "a paper on quantization", "quantization vs"]) expect(await ids(q), q).toEqual(["quantization"]);
  });
});

describe("the plural of an acronym", async () => {
  // Porter2 keeps the "s" of "llms" (no vowel before it), so the plural was a word of its own: "LLMs"
  // found neither "LLM" nor "large language models".
  const papers = [
    paper("plural", "Serving LLMs", "We serve LLMs on one GPU."),
    paper("singular", "An LLM Judge", "One LLM grades another."),
    paper("spelled", "Probing Large Language Models", "Large language models hold facts."),
    paper("rnn", "Recurrent Nets", "RNNs and an RNN cell."),
    paper("other", "Image Segmentation", "We segment images with convolutions."),
  ];
  const { engine, ids } = await engineFor(papers, [{ short: "LLM", long: ["large language model"] }]);

  it("is a form of the acronym, and stands for its long form as the acronym does", async () => {
    for (const q of ["LLMs", "LLM", "large language models"]) expect((await ids(q)).sort(), q).toEqual(["plural", "singular", "spelled"]);
    expect((await engine.search("LLMs")).expansions).toEqual([{ long: "large language model", short: "LLM" }]);
    expect(await ids("rnn")).toEqual(["rnn"]);
    expect((await engine.search("rnn")).words).toEqual(["rnn", "rnns"]);
  });
});

describe("a rare form of a common word", async () => {
  // "model" is in nearly every paper; one title says "Modelling". That word is rare, but the word
  // typed is not: the paper holding the query's distinctive word comes first, even in its abstract.
  const { ids } = await engineFor([
    paper("modelling", "Language Modelling at Scale", "We study language at scale."),
    paper("routing", "Tokens Through Gates", "Tokens are routed by a learned gate."),
    ...others(10, (i) => `A model of topic ${i}.`),
  ]);

  it("weighs the word typed by how common it is in all its forms", async () => {
    const found = await ids("model routing");
    expect(found.slice(0, 2)).toEqual(["routing", "modelling"]);
    expect(found).toHaveLength(12);
  });
});

describe("the topics a query names", async () => {
  // A topic's term "in-context" is two words, one of them a stop word: "long context" does not name
  // the topic, "in-context learning" does.
  const topic = (id: string, terms: string[]) => ({ id, title: id, description: id, intro: "", terms: terms.map((term) => ({ term, weight: 3 })), exclude: [], formerly: [] });
  const inTopic = (p: PaperRecord, id: string): PaperRecord => ({ ...p, topics: [{ id, score: 3, terms: [], by: "match" }] });
  const papers = [
    inTopic(paper("icl", "Learning From Examples", "Models learn in-context from a few examples."), "icl"),
    inTopic(paper("long", "Long Inputs", "A long context window of a million tokens."), "long-context"),
    ...others(8, (i) => `A study of topic ${i}.`),
  ];
  const { engine } = await engineFor(papers, [], [topic("icl", ["in-context"]), topic("long-context", ["long context"])]);

  it("names a topic whose term has a stop word in it only where the query writes it so", async () => {
    expect((await engine.search("in-context learning")).topics).toEqual(["icl"]);
    expect((await engine.search("in context learning")).topics).toEqual(["icl"]);
    expect((await engine.search("long context")).topics).toEqual(["long-context"]);
    expect((await engine.search("context")).topics).toEqual([]);
  });
});

describe("words written as one or as two", async () => {
  const papers = [
    paper("hyphen", "Better Pre-training", "We study pre-training corpora."),
    paper("joined", "Pretraining at Scale", "Pretraining needs data."),
    paper("spaced", "A Data Set of Papers", "We release a data set."),
    paper("apart", "Set Theory", "Data about the set of integers."),
    paper("dataset", "Another Dataset", "A dataset of papers."),
  ];
  const { ids } = await engineFor(papers);

  it("finds both spellings from either", async () => {
    for (const q of ["pretraining", "pre-training", "pre training", "pre-train"]) expect(await ids(q), q).toEqual(expect.arrayContaining(["hyphen", "joined"]));
  });

  it("matches a word split in two only where the two stand side by side", async () => {
    const found = await ids("dataset");
    expect(found).toEqual(expect.arrayContaining(["dataset", "spaced"]));
    expect(found).not.toContain("apart");
  });
});

describe("a typo the papers share", async () => {
  // One abstract misspells "transformer"; ten spell it right. Someone typing the misspelling means the word.
  const papers = [
    paper("typo", "A Model", "A tranformer for text."),
    ...Array.from({ length: 10 }, (_, i) => paper(`t${i}`, `Paper ${i}`, "We train a transformer.")),
    paper("rare", "Llava Notes", "We describe llava."),
    paper("common", "Llama Notes", "We describe llama."),
  ];
  const { ids } = await engineFor(papers);

  it("finds the common word for a word only one or two papers hold, the exact match first", async () => {
    const found = await ids("tranformer");
    expect(found[0]).toBe("typo");
    expect(found).toHaveLength(11);
  });

  it("leaves a rare word alone when the word one letter away is not much commoner", async () => {
    expect(await ids("llava")).toEqual(["rare"]);
  });
});

describe("words in most papers", async () => {
  const { engine, ids } = await engineFor([
    paper("ctx-all", "Long Context Language Models", "Language models read long context windows of many thousand tokens."),
    paper("ctx-window", "Extending the Context Window", "We extend the context window of transformers to long inputs by position interpolation."),
    ...["Translation", "Summarization", "Dialogue", "Code"].map((t) => paper(`lm-${t}`, `Language Models for ${t}`, `Language models applied to ${t.toLowerCase()} tasks.`)),
  ]);

  it("does not require a word most papers hold when the query has rarer ones, and says so", async () => {
    const r = await engine.search("long context language models");
    expect(r.notRequired).toEqual(["language", "models"]);
    const found = await ids("long context language models");
    expect(found.slice(0, r.complete)).toEqual(expect.arrayContaining(["ctx-all", "ctx-window"]));
    // The common words still count: the paper holding them ranks first.
    expect(found[0]).toBe("ctx-all");
    // A query of common words alone requires them all.
    const common = await engine.search("language models");
    expect(common.notRequired).toEqual([]);
    expect(common.complete).toBe(5);
  });
});

describe("abstracts with markup", async () => {
  const { engine, ids } = await engineFor([
    paper("bitstack", "Weight Compression", "In this paper, we introduce \\textbf{BitStack}, a \\emph{training-free} method costing $O(n)$ memory."),
  ]);

  it("indexes and shows the text a reader sees, not the markup around it", async () => {
    expect(await ids("bitstack")).toEqual(["bitstack"]);
    expect(await ids("textbf")).toEqual([]);
    expect(await ids("emph")).toEqual([]);
    const [abstract] = await engine.abstracts([(await engine.search("bitstack")).docs[0]!]);
    expect(abstract).toBe("In this paper, we introduce BitStack, a training-free method costing O(n) memory.");
  });
});

describe("any input is safe", async () => {
  const { engine } = await engineFor(CATALOG);
  const nasty = ["", "   ", "x".repeat(10_000), "(.*+?^${}[]|\\)", "🧪🔬 quantization 🚀", "ممدود سپارس", "稀疏自编码器", '"', '""', '"unclosed phrase', "a the of", "\u0000\u200b"];

  it.each(nasty.map((q) => [q.slice(0, 30), q]))("answers %j without throwing", async (_, q) => {
    const r = await engine.search(q);
    expect(r.docs).toBeInstanceOf(Int32Array);
  });

  it("never throws on arbitrary text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 80 }), async (q) => {
        const r = await engine.search(q);
        for (const doc of r.docs) expect(doc >= 0 && doc < CATALOG.length).toBe(true);
        expect(new Set(r.docs).size).toBe(r.docs.length);
        expect(r.complete).toBeLessThanOrEqual(r.docs.length);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it("parses queries into words, phrases and an unfinished last word", () => {
    expect(parseQuery('sparse "mixture of experts" autoenc')).toMatchObject({ words: ["sparse", "autoenc"], phrases: [["mixture", "of", "experts"]], lastIsPrefix: true });
    expect(parseQuery("the sparse ").lastIsPrefix).toBe(false);
    expect([parseQuery("judged by gpt-4").lastJoined, parseQuery("gpt 4").lastJoined, parseQuery("gpt-4 judge").lastJoined]).toEqual([true, false, false]);
    expect(withinOneEdit("quantization", "quantizaiton")).toBe(true);
    expect(withinOneEdit("quantization", "quantizatn")).toBe(false);
  });
});

describe("concurrency", async () => {
  const { engine } = await engineFor(CATALOG);

  it("gives every search its own answer when many run at once, as they do while a person types", async () => {
    const queries = ["q", "qu", "qua", "quant", "quantiz", "sparse", "sparse auto", "mixture of experts", "pruned", "kv cache"];
    const alone = [];
    for (const q of queries) alone.push(await engine.search(q));
    const together = await Promise.all(queries.map((q) => engine.search(q)));
    expect(together).toEqual(alone);
  });
});

describe("index shards", () => {
  it("loads only what a query needs, and the shard of a word being typed before its third letter", async () => {
    const files = await buildSearchIndex(CATALOG, [], { acronyms: [] });
    const loaded: string[] = [];
    const engine = await SearchEngine.open(async (p) => (loaded.push(p), structuredClone(files.get(p))));
    await engine.search("sparse pr");
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The vocabulary on first use, the shard of "sparse", the shard of the "pr" words (pruning,
    // pruned, predictors) while "pr" is still being typed, and the card chunk of the first results;
    // no filter columns, no abstracts.
    expect(loaded.sort()).toEqual(["c/0.json", "manifest.json", "s/pr.json", "s/sp.json", "vocab.json"]);
    // Once results are shown and the browser is idle, every card follows in the background.
    const r = await engine.search("pruning ");
    await engine.cards([...r.docs.subarray(0, 2)]);
    expect(loaded).not.toContain("k/0.json");
    await new Promise((resolve) => setTimeout(resolve, 10)); // once idle
    expect(loaded).toContain("k/0.json");
  });

  it("fetches, while a word is typed, the shards its next letter will need", async () => {
    // Enough papers that the "di" words split into shards of their own ("dif", "dis", ...).
    const words: [string, number][] = [["diffusion", 0.6], ["different", 0.3], ["difficult", 0.2], ["distribution", 0.4], ["distillation", 0.3], ["discrete", 0.2], ["dialogue", 0.25], ["direct", 0.3], ["dimension", 0.2], ["digital", 0.1]];
    const papers = Array.from({ length: 6000 }, (_, i) => paper(`p${i}`, `Paper ${i}`, words.filter(([, share], k) => ((i * 7 + k * 13) % 100) / 100 < share).map(([w]) => w).join(" ") || "models"));
    const files = await buildSearchIndex(papers, [], { acronyms: [] });
    expect((files.get("manifest.json") as { shards: string[] }).shards).toEqual(expect.arrayContaining(["dif", "dis"]));
    // Shard requests wait until released, so a search that needs a shard not loaded yet cannot finish.
    const held: (() => void)[] = [];
    const load = async (p: string) => (p.startsWith("s/") ? new Promise((resolve) => held.push(() => resolve(structuredClone(files.get(p))))) : structuredClone(files.get(p)));
    const release = async () => {
      for (let i = 0; i < 10; i++) {
        while (held.length > 0) held.shift()!();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    const waits = async (engine: SearchEngine, q: string) => {
      let done = false;
      const search = engine.search(q).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const waited = !done;
      await release();
      await search;
      return waited;
    };
    /** The keystrokes of a word, typed a letter at a time after its first, that waited for a file. */
    const waitedTyping = async (engine: SearchEngine, word: string) => {
      await waits(engine, word[0]!);
      const waited: string[] = [];
      for (let n = 2; n <= word.length; n++) if (await waits(engine, word.slice(0, n))) waited.push(word.slice(0, n));
      return waited;
    };
    // Searched cold, "dif" waits for its shard...
    expect(await waits(await SearchEngine.open(load), "dif")).toBe(true);
    // ...but typed a letter at a time, each keystroke finds what it needs already loaded, for any
    // word whose next letter is not a rare one (digital's "g" is: 1 in 30 of the "di" words).
    const waited = [];
    for (const word of ["diffusion", "distillation", "direct", "dimension", "dialogue"]) waited.push(...(await waitedTyping(await SearchEngine.open(load), word)));
    expect(waited).toEqual([]);

    // A long word is also looked up as the two words papers write for it ("autoencoder" as "auto
    // encoder", in the word-pair files): those files are fetched ahead too.
    const split = [...papers.slice(0, 200), paper("sae", "Sparse auto encoder", "An auto encoder."), paper("ae", "Autoencoders", "An autoencoder.")];
    const splitFiles = await buildSearchIndex(split, [], { acronyms: [] });
    const holdAll = async (p: string) => (/^[sp]\//.test(p) ? new Promise((resolve) => held.push(() => resolve(structuredClone(splitFiles.get(p))))) : structuredClone(splitFiles.get(p)));
    const engine = await SearchEngine.open(holdAll);
    expect(await waitedTyping(engine, "autoencoder")).toEqual([]);
    const found = await engine.search("autoencoder");
    expect((await engine.cards([...found.docs])).map((c) => c.id)).toEqual(expect.arrayContaining(["sae", "ae"]));
  });

  it("finds every word's shard again from the shard keys alone, however the groups split (property)", () => {
    const word = fc.stringMatching(/^[ab\u00e9]{1,8}$/); // few letters: words share prefixes and groups split
    fc.assert(
      fc.property(fc.dictionary(word, fc.integer({ min: 1, max: SHARD_POSTINGS })), (entries) => {
        const counts = new Map(Object.entries(entries));
        const plan = planShards(counts);
        const keys = new Set(plan.values());
        for (const [w, key] of plan) expect(resolveShard(w, keys)).toBe(key);
        // A shard over the limit is one that cannot split further.
        const sizes = new Map<string, number>();
        for (const [w, key] of plan) sizes.set(key, (sizes.get(key) ?? 0) + counts.get(w)!);
        for (const [key, size] of sizes) if (size > SHARD_POSTINGS) expect([...plan].filter(([, k]) => k === key).every(([w]) => w === key || w.length >= 6)).toBe(true);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("what a query finds and says it searched", async () => {
  const { engine, ids } = await engineFor([
    ...CATALOG,
    paper("tokenizer", "A Byte Tokenizer", "We train a tokenizer. It's small and its tokens are bytes."),
    paper("tokenization", "Tokenization Matters", "Tokenization of text into subwords."),
    paper("distill", "We Distill Models", "We distill a teacher into a student."),
    paper("distillation", "Knowledge Distillation at Scale", "Knowledge distillation trains a student."),
    paper("advances", "Recent Advances in Search", "We survey advances in search."),
    paper("advanced", "An Advanced Index", "An advanced index for search."),
  ]);

  it("never answers a single letter, and leaves out a last word of one or two letters being typed", async () => {
    expect(await ids("s")).toEqual([]);
    expect((await engine.search("s")).unfinished).toBe(true);
    for (const q of ["sparse a", "sparse au"]) expect(await ids(q), q).toEqual(await ids("sparse"));
    // A short word typed out stays.
    expect((await engine.search("evicting kv ")).words).toContain("kv");
  });

  it("says which word it searched for a word the papers lack, and which acronym it also matched", async () => {
    expect((await engine.search("quantizaton")).corrections).toEqual([{ from: "quantizaton", to: "quantization" }]);
    expect((await engine.search("quantization")).corrections).toEqual([]);
    // A typo that shares its stem with other words ("distill") is still a typo of the word it misses by a letter.
    const distilation = await engine.search("distilation");
    expect(distilation.corrections).toEqual([{ from: "distilation", to: "distillation" }]);
    expect([distilation.complete, (await ids("distilation"))[0]]).toEqual([1, "distillation"]);
    // One part, so the page calls its partial matches related, not "some of the words".
    expect([distilation.parts, (await engine.search("sparse autoencoders ")).parts, (await engine.search("evicting kv cache")).parts]).toEqual([1, 1, 3]);
    // The word meant is searched as if typed, with its inflections.
    for (const q of ["adavnces", "advnces "]) {
      expect((await ids(q)).sort(), q).toEqual(["advanced", "advances"]);
      expect((await engine.search(q)).corrections, q).toEqual([{ from: q.trim(), to: "advances" }]);
    }
    expect((await engine.search("SAE ")).expansions).toEqual([{ long: "sparse autoencoder", short: "SAE" }]);
    expect((await engine.search("mixture of experts ")).expansions).toEqual([{ long: "mixture of experts", short: "MoE" }]);
  });

  it("never takes a word the papers lack for a word of grammar one letter away", async () => {
    const { engine, ids } = await engineFor([
      paper("while", "Training While Serving", "Models keep training while they serve requests."),
      paper("whose", "Experts Whose Routes Differ", "Experts whose routes differ are merged after training."),
      paper("hierarchical", "Hierarchical Experts", "Experts are grouped in a hierarchy, and their routes in turn."),
    ]);
    // "whole" is one letter from "while" and "whose", which every other abstract says: not a typo of them.
    for (const q of ["whole", "whole "]) {
      expect(await ids(q), q).toEqual([]);
      expect((await engine.search(q)).corrections, q).toEqual([]);
    }
    // "thier" is "their" mistyped, not the start of "hierarchical" one letter away.
    for (const q of ["thier", "thier "]) {
      expect(await ids(q), q).toEqual([]);
      expect((await engine.search(q)).corrections, q).toEqual([]);
    }
    expect(await ids("hierarchcal")).toEqual(["hierarchical"]);
    // A typo of a word that means something is still corrected.
    expect((await engine.search("trainnig")).corrections).toEqual([{ from: "trainnig", to: "training" }]);
  });

  it("finds a paper by the arXiv id or DOI its listing names, as typed or pasted", async () => {
    const withIds = (id: string, title: string, url: string) => ({ ...paper(id, title, "A study of training language models on many tokens of text."), links: [{ url, kind: "paper" as const }] });
    const { engine, ids } = await engineFor([
      withIds("bitnet", "The Era of 1-bit LLMs", "https://arxiv.org/abs/2402.17764v2"),
      withIds("neighbour", "A Neighbour of It", "https://arxiv.org/abs/2402.17765"),
      withIds("acl", "An ACL Paper", "https://doi.org/10.18653/v1/2023.acl-long.1"),
      paper("none", "No Identifiers", "A study of training language models on many tokens of text, 2402 times."),
    ]);
    for (const q of ["2402.17764", "arXiv:2402.17764", "arxiv 2402.17764 ", "2402.17764v1 "]) expect((await ids(q))[0], q).toBe("bitnet");
    // A number one digit off is another paper's, not a typo.
    const other = await engine.search("2402.17763 ");
    expect([other.complete, other.corrections]).toEqual([0, []]);
    expect((await ids("2402.17765"))[0]).toBe("neighbour");
    for (const q of ["10.18653/v1/2023.acl-long.1", "doi:10.18653/v1/2023.acl-long.1"]) expect((await ids(q))[0], q).toBe("acl");
  });

  it("finds a word spelt the British or the American way in papers that spell it the other way, as a full match", async () => {
    const { engine, ids } = await engineFor([
      paper("us", "Optimization of Dialog Behavior", "We study the optimization of dialog agents and their behavior under load."),
      paper("uk", "Optimisation of Dialogue Behaviour", "We study the optimisation of dialogue agents and their behaviour under load."),
      ...others(4, (i) => `A study of something else entirely, number ${i}, with no shared words at all here.`),
    ]);
    // A British spelling mistyped is corrected to the word as the papers spell it.
    const american = await engineFor([paper("us", "Optimization of Dialog Behavior", "We study the optimization of dialog agents.")]);
    expect((await american.engine.search("optimisaton ")).corrections).toEqual([{ from: "optimisaton", to: "optimization" }]);
    expect(await american.ids("optimisaton ")).toEqual(["us"]);
    for (const q of ["optimisation dialogue behaviour", "optimization dialog behavior"]) {
      expect((await ids(q)).sort(), q).toEqual(["uk", "us"]);
      const r = await engine.search(q);
      expect([r.complete, r.corrections], q).toEqual([2, []]);
    }
  });

  it("finds a paper that writes the verb of a query's noun of action, or the noun of its verb, before one that writes neither", async () => {
    const filler = others(4, (i) => `A study of something else entirely, number ${i}, with no shared words at all here.`);
    const extension = await engineFor([
      paper("verb", "Long Inputs for Language Models", "We extend the context window of language models to a million tokens, and study what the models then read."),
      paper("neither", "Long Inputs in Practice", "We measure how long the context window is in practice, and how the context window of language models is used."),
      ...filler,
    ]);
    expect(await extension.ids("context window extension ")).toEqual(["verb", "neither"]);
    // A derived word: not a match in full.
    expect((await extension.engine.search("context window extension ")).complete).toBe(0);
    const detox = await engineFor([
      paper("noun", "Safer Chat Models", "A detoxification method for chat models that keeps their fluency and their knowledge intact."),
      paper("neither", "Chat Models at Work", "Chat models in customer service: we log how chat models answer, and how often people ask again."),
      ...filler,
    ]);
    expect(await detox.ids("detoxifying chat models ")).toEqual(["noun", "neither"]);
    // A word read as a typo brings its relatives too: "detoxificaton" is "detoxification", and "detoxifying" its verb.
    const typo = await engineFor([
      paper("noun", "Safer Chat Models", "A detoxification method for chat models that keeps their fluency and their knowledge intact."),
      paper("verb", "Cleaner Replies", "Detoxifying the replies of assistants without retraining them, by steering their activations."),
      ...filler,
    ]);
    expect((await typo.ids("detoxificaton ")).sort()).toEqual(["noun", "verb"]);
  });

  it("reads a word the papers lack as a typo even where it starts other words or splits into two", async () => {
    const { engine, ids } = await engineFor([
      paper("compression", "Evaluating Compression of Language Models", "We evaluate what compression costs a language model on downstream tasks."),
      paper("compressing", "Compressing Caches", "Compressing the cache of a model saves memory at long context."),
      paper("alignment", "Preference Alignment at Scale", "Alignment of language models to human preferences with little data."),
      paper("met", "Goals Met Early", "We align the goals, and the goals were met early in training."),
      paper("science", "Language Models for Data Science", "Models write data science code since they read notebooks."),
    ]);
    // Typed out, "compressin" is "compression" mistyped as much as the start of "compressing".
    expect((await ids("compressin ")).sort()).toEqual(["compressing", "compression"]);
    expect((await engine.search("compressin ")).corrections.map((c) => c.from)).toEqual(["compressin"]);
    // Still being typed, it finds both too, and says nothing of a correction.
    expect((await ids("evaluating compressin"))[0]).toBe("compression");
    expect((await engine.search("evaluating compressin")).corrections).toEqual([]);
    // "alignmet" is not "align" and "met" (no paper writes them side by side), but "alignment".
    expect(await ids("alignmet")).toEqual(["alignment"]);
    // One letter from "since" and from "science": the word that means something.
    expect(await ids("sience")).toEqual(["science"]);
  });

  it("counts as complete only papers meeting every part with the word or its inflections, not a derived word", async () => {
    const r = await engine.search("tokenization ");
    expect(r.complete).toBe(1);
    expect((await ids("tokenization "))[0]).toBe("tokenization");
    expect(await ids("tokenization ")).toContain("tokenizer"); // after, as a partial match
  });
});

describe("lemma", () => {
  it("joins a word's inflections and keeps derived words apart", async () => {
    const { lemma } = await import("@/lib/search/options");
    for (const [a, b] of [["models", "model"], ["modelling", "model"], ["generated", "generate"], ["studies", "study"], ["stopped", "stop"], ["routing", "routed"], ["compressed", "compress"], ["stuffed", "stuff"]]) expect(lemma(a!), a).toBe(lemma(b!));
    // British and American spellings are one word; short words keep theirs.
    for (const [a, b] of [["optimisation", "optimization"], ["tokenisers", "tokenizer"], ["behaviours", "behavior"], ["analysed", "analyzing"], ["centres", "center"], ["dialogue", "dialog"]]) expect(lemma(a!), a).toBe(lemma(b!));
    for (const [a, b] of [["four", "for"], ["noise", "nose"]]) expect(lemma(a!), a).not.toBe(lemma(b!));
    for (const [a, b] of [["generation", "generated"], ["tokenizer", "tokenization"], ["optimal", "optimizer"]]) expect(lemma(a!), a).not.toBe(lemma(b!));
  });

  it("links a verb and its noun of action when their stems differ, as candidates to look up", async () => {
    const { actionRelatives } = await import("@/lib/search/options");
    const pairs: [string, string][] = [["extend", "extension"], ["extending", "extension"], ["detoxifying", "detoxification"], ["reduce", "reduction"], ["solve", "solution"], ["decide", "decision"], ["describe", "description"]];
    for (const [a, b] of pairs) {
      expect(actionRelatives(a), a).toContain(b);
      expect(actionRelatives(b), b).toContain(a.replace(/ing$/, ""));
    }
    expect(actionRelatives("nation")).toEqual([]);
  });

  it("tells a close derived word from the bare root", async () => {
    const { closeDerivation } = await import("@/lib/search/options");
    for (const [a, b] of [["tokenization", "tokenizer"], ["compression", "compress"], ["distillation", "distilled"], ["retrieval", "retrieve"], ["quantization", "quantized"], ["compress", "compression"]]) expect(closeDerivation(a!, b!), `${a} ${b}`).toBe(true);
    for (const [a, b] of [["tokenization", "token"], ["optimizer", "optimal"], ["tokenizer", "tokens"]]) expect(closeDerivation(a!, b!), `${a} ${b}`).toBe(false);
  });
});

describe("papers with a related word", async () => {
  const { ids } = await engineFor([
    paper("a-tokens", "Dropped Tokens in Routing", "Some tokens overflow an expert and are dropped; we route tokens again."),
    paper("b-tokenizer", "Speech Codecs", "A speech tokenizer turns audio into discrete units for a language model."),
    paper("c-tokenization", "Subword Units", "We compare tokenization schemes for morphologically rich languages."),
    ...others(8, (i) => `A study of topic ${i}.`),
  ]);

  it("come with the closest word first: a tokenizer paper before one that only mentions tokens", async () => {
    expect((await ids("tokenization")).slice(0, 3)).toEqual(["c-tokenization", "b-tokenizer", "a-tokens"]);
  });
});
