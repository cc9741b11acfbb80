import { describe, expect, it } from "vitest";
import { readPapers, readTopics } from "@/lib/content";
import { buildCatalog } from "@/lib/catalog";
import { correctionProblems } from "@/lib/corrections-check";
import { parseListing } from "@/lib/listing-parser";
import { formerIds, MAX_TOPIC_SHARE, MAX_TOPICS, MIN_TOPIC_SIZE, scoreTopics, UNSORTED } from "@/lib/topics";
import type { TopicRecord } from "@/lib/schema";

const papers = readPapers();
const topics = readTopics();
const byTitle = (prefix: string) => {
  const found = papers.filter((p) => p.title.startsWith(prefix));
  if (found.length !== 1) throw new Error(`"${prefix}" names ${found.length} papers`);
  return found[0]!;
};
const share = (a: string, b: string) => {
  const ta = new Set(byTitle(a).topics.map((t) => t.id));
  return byTitle(b).topics.some((t) => ta.has(t.id));
};

// Pairs any sensible taxonomy of this catalog puts in a common topic...
const SAME: [string, string][] = [
  ["QLLM:", "NUPES"], ["AWQ:", "QuaRot"], ["The Era of 1-bit LLMs", "QuantEase"], ["OstQuant", "Cherry on Top"],
  ["2SSP", "ALPS"], ["Fluctuation-based Adaptive Structured Pruning", "MaskLLM"],
  ["Beyond Size: How Gradients Shape Pruning", "How can representation dimension dominate"], ["FuseGPT", "Pruning as a Domain-specific"],
  ["Scaling Laws for Neural Machine Translation", "Scaling Laws for Autoregressive Generative Modeling"],
  ["Unraveling the Mystery of Scaling Laws", "Scaling Law with Learning Rate Annealing"], ["Densing Law of LLMs", "Sparsing Law"],
  ["Unlock Predictable Scaling", "Language models scale reliably"], ["AbsTopK", "Transcoders find interpretable"],
  ["Automatically Interpreting Millions", "Evaluating and Designing Sparse Autoencoders"],
  ["Training Superior Sparse Autoencoders", "Taming Polysemanticity"], ["Sparse Autoencoders Enable Scalable", "Towards Atoms of Large"],
  ["Simple and Effective Masked Diffusion", "Simplified and Generalized Masked Diffusion"],
  ["Your Absorbing Discrete Diffusion", "Theoretical Benefit and Limitation of Diffusion"], ["Energy-Based Diffusion", "Scaling up Masked Diffusion"],
  ["PowerNorm", "Layer Normalization"], ["Peri-LN", "Pre-RMSNorm"], ["Unified Normalization", "NormFormer"],
  ["LongRoPE2", "Extending Context Window"], ["Giraffe", "A Controlled Study on Long Context"], ["Long-context LLMs Struggle", "LongRoPE2"],
  ["MaskMoE", "CartesianMoE"], ["Demons in the Detail", "BAM! Just Like That"], ["Aioli", "Efficient Online Data Mixing"],
  ["QuRating", "Perplexed by Perplexity"], ["When Less is More", "ZIP-FIT"], ["ToReMi", "Improving Pretraining Data Using Perplexity"],
  ["ChEF", "MM-BigBench"], ["LexEval", "RepLiQA"], ["Momentum Decoding", "Contrastive Search Is What You Need"],
  ["Chimera", "Adaptive Draft-Verification"], ["A Persona-Based Neural Conversation", "TransferTransfo"],
  ["The Second Conversational Intelligence Challenge", "Småprat"], ["AI-generated text boundary", "Training-free LLM-generated Text Detection"],
  ["Detecting Machine-Generated Texts", "Not all tokens are created equal"], ["NVLM", "Divide, Conquer and Combine"],
  ["MathVerse", "Open Eyes, Then Reason"], ["AdamP", "BAdam"], ["Memory-Efficient LLM Training", "Gradient Weight-normalized Low-rank"],
  ["In-Context Meta LoRA", "The Scaling Law for LoRA"], ["Unlocking Continual Learning", "Simple and Scalable Strategies to Continually"],
  ["Improving General Text Embedding", "LLMs are Also Effective Embedding"], ["MM-RLHF", "On Diversified Preferences"],
  ["Breaking Bad Tokens", "GTA: Gated Toxicity"], ["Parallelizing Linear Transformers", "Scaling TransNormer"], ["MonoCoder", "LLM4DS"],
  ["Math Word Problem Solving", "PARAMANU-GANITA"], ["A Probabilistic Inference Approach", "Advancing Language Model Reasoning"],
  ["mGPT", "Scaling Laws for Multilingual Neural Machine Translation"], ["The language of prompting", "Set-Based Prompting"],
];

// ...and pairs none would.
const DIFFERENT: [string, string][] = [
  ["QLLM:", "A Persona-Based Neural Conversation"], ["AWQ:", "Simple and Effective Masked Diffusion"], ["PowerNorm", "AI-generated text boundary"],
  ["Layer Normalization", "MonoCoder"], ["MaskMoE", "LexEval"], ["LongRoPE2", "Breaking Bad Tokens"], ["Aioli", "MathVerse"],
  ["TransferTransfo", "2SSP"], ["Momentum Decoding", "NUPES"], ["AbsTopK", "QuRating"], ["Scaling Laws for Neural Machine Translation", "Libra:"],
  ["Demons in the Detail", "Knesset-DictaBERT"], ["NVLM", "AdamP"], ["Giraffe", "The Era of 1-bit LLMs"],
  ["The Second Conversational Intelligence Challenge", "FlashAttention"], ["Energy-Based Diffusion", "Large Language Model (LLM) Bias Index"],
  ["QuaRot", "Unlocking Continual Learning"], ["ZIP-FIT", "Peri-LN"], ["Training-free LLM-generated Text Detection", "CartesianMoE"],
  ["Improving General Text Embedding", "MM-RLHF"], ["ChartBench", "Asynchronous Local-SGD"], ["MYTE", "Taming Polysemanticity"],
  ["Math Word Problem Solving", "BAM! Just Like That"], ["Contrastive Search Is What You Need", "Q-Bench"], ["ExpliCa", "FuseGPT"],
  ["OneChart", "Scaling Law with Learning Rate Annealing"], ["Pre-RMSNorm", "Conversation AI Dialog for Medicare"], ["u-HuBERT", "ALPS"],
  ["Transcoders find interpretable", "Efficient Online Data Mixing"], ["Tensor Product Attention", "GTA: Gated Toxicity"],
  ["Yi: Open Foundation Models", "Detecting Machine-Generated Texts"], ["ToReMi", "Grammar-Aligned Decoding"],
  ["Densing Law of LLMs", "A Persona-Based Neural Conversation"], ["MaskLLM", "LexEval"], ["CItruS", "Småprat"],
  ["Starbucks", "Simplified and Generalized Masked Diffusion"], ["Unified Normalization", "RepLiQA"], ["Chimera", "SAUCE"],
  ["In-Context Meta LoRA", "Layer Normalization"], ["Memory-Efficient LLM Training", "CMM-Math"], ["PARAMANU-GANITA", "MaskMoE"],
  ["Inverse Scaling", "BEAST"], ["Libra:", "QuantEase"], ["AriEL", "OstQuant"],
];

describe("topic assignment of the current catalog", () => {
  it("has a labelled set of at least 40 pairs each way", () => {
    expect(SAME.length).toBeGreaterThanOrEqual(40);
    expect(DIFFERENT.length).toBeGreaterThanOrEqual(40);
  });

  it("puts at least 95% of related pairs in a common topic and keeps 95% of unrelated pairs apart", () => {
    const sameMissed = SAME.filter(([a, b]) => !share(a, b));
    const differentJoined = DIFFERENT.filter(([a, b]) => share(a, b));
    expect(sameMissed.length / SAME.length, `missed: ${JSON.stringify(sameMissed)}`).toBeLessThanOrEqual(0.05);
    expect(differentJoined.length / DIFFERENT.length, `joined: ${JSON.stringify(differentJoined)}`).toBeLessThanOrEqual(0.05);
  });

  it("gives every paper 1-3 topics and leaves none unsorted", () => {
    for (const p of papers) {
      expect(p.topics.length).toBeGreaterThanOrEqual(1);
      expect(p.topics.length).toBeLessThanOrEqual(MAX_TOPICS);
      expect(p.topics.map((t) => t.id)).not.toContain(UNSORTED);
    }
  });

  it("keeps every topic between 4 papers and 25% of the catalog, with 12-30 topics", () => {
    expect(topics.length).toBeGreaterThanOrEqual(12);
    expect(topics.length).toBeLessThanOrEqual(30);
    for (const t of topics) {
      const n = papers.filter((p) => p.topics.some((a) => a.id === t.id)).length;
      expect(n, t.id).toBeGreaterThanOrEqual(MIN_TOPIC_SIZE);
      expect(n / papers.length, t.id).toBeLessThanOrEqual(MAX_TOPIC_SHARE);
    }
  });

  it("records why: matched terms and a score, best topic first", () => {
    for (const p of papers) {
      for (const t of p.topics) if (t.by === "match") expect(t.terms.length).toBeGreaterThan(0);
      const scores = p.topics.filter((t) => t.by === "match").map((t) => t.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });
});

const topic = (id: string, terms: [string, number][], exclude: string[] = []): TopicRecord => ({
  id,
  title: id,
  description: id,
  intro: "",
  terms: terms.map(([term, weight]) => ({ term, weight })),
  exclude,
  formerly: [],
});
const TAXONOMY = [
  topic("quantization", [["quantization", 4], ["low-bit", 3]]),
  topic("dialogue", [["dialogue", 5], ["conversation", 4]]),
  topic("pruning", [["pruning", 4]], ["data pruning"]),
];
const ABS = "We study how models behave. This abstract has enough words to be an abstract, and it mentions quantization twice: quantization.";

describe("matching", () => {
  it("counts a title match above an abstract-only match", () => {
    const inTitle = scoreTopics({ title: "Low-bit Quantization", abstract: "We study things at length in this work." }, TAXONOMY);
    const inAbstract = scoreTopics({ title: "A Study", abstract: "We study low-bit quantization at length in this work." }, TAXONOMY);
    expect(inTitle[0]!.score).toBeGreaterThan(inAbstract[0]!.score);
    expect(inTitle[0]!.terms).toEqual(["quantization", "low-bit"]);
  });

  it("matches word forms (plural) and never matches an excluded phrase", () => {
    expect(scoreTopics({ title: "Dialogues", abstract: "x" }, TAXONOMY)[0]!.id).toBe("dialogue");
    expect(scoreTopics({ title: "Data Pruning for Pretraining", abstract: "pruning" }, TAXONOMY)).toEqual([]);
  });

  it("weighs an abstract's repeats 1, 1.5, then 2 times, counting overlapping occurrences", () => {
    const repeated = [topic("repeats", [["data data", 2]])];
    const score = (abstract: string) => scoreTopics({ title: "A Study", abstract }, repeated)[0]?.score ?? 0;
    expect(score("one data point")).toBe(0);
    expect(score("data data")).toBe(2);
    expect(score("data data data")).toBe(3);
    expect(score("data data data data")).toBe(4);
    expect(score("data data data data data data")).toBe(4);
  });

  it("matches phrases that start with the same word, and one phrase in several topics", () => {
    const shared = [
      topic("long", [["long context", 3], ["long-context window", 2], ["long", 1]]),
      topic("context", [["long context", 4]]),
    ];
    const scored = scoreTopics({ title: "A Study", abstract: "We extend the long context window of models." }, shared);
    expect(scored).toEqual([
      { id: "long", score: 6, terms: ["long context", "long-context window", "long"], by: "match" },
      { id: "context", score: 4, terms: ["long context"], by: "match" },
    ]);
  });

  it("puts a paper that matches nothing in unsorted and warns", () => {
    const c = buildCatalog({ listings: [parseListing(`Nothing Here\n${ABS.replace(/quantization/g, "cooking")}\n`, "a.txt")], topics: TAXONOMY });
    expect(c.papers[0]!.topics).toEqual([{ id: UNSORTED, score: 0, terms: [], by: "fallback" }]);
    expect(c.warnings.some((w) => w.includes("matches no topic"))).toBe(true);
  });

  it("applies a curator's pin, add and remove, and they survive a re-ingest", () => {
    const listings = [parseListing(`Quantized Chat\n${ABS}\n`, "a.txt")];
    const first = buildCatalog({ listings, topics: TAXONOMY });
    const id = first.papers[0]!.id;
    expect(first.papers[0]!.topics.map((t) => t.id)).toEqual(["quantization"]);
    const corrections = { papers: { [id]: { topics: { add: ["dialogue"] } } } };
    const again = buildCatalog({ listings, topics: TAXONOMY, corrections, previous: first.papers });
    expect(again.papers[0]!.topics.map((t) => [t.id, t.by])).toEqual([["quantization", "match"], ["dialogue", "curator"]]);
    const pinned = buildCatalog({ listings, topics: TAXONOMY, corrections: { papers: { [id]: { topics: { pin: ["pruning"] } } } } });
    expect(pinned.papers[0]!.topics.map((t) => t.id)).toEqual(["pruning"]);
    const removed = buildCatalog({ listings, topics: TAXONOMY, corrections: { papers: { [id]: { topics: { remove: ["quantization"] } } } } });
    expect(removed.papers[0]!.topics.map((t) => t.id)).toEqual([UNSORTED]);
  });

  it("applies a correction written with a topic's former id to the topic it became, and says so", () => {
    const listings = [parseListing(`Quantized Chat\n${ABS}\n`, "a.txt")];
    const id = buildCatalog({ listings, topics: TAXONOMY }).papers[0]!.id;
    const renamed = TAXONOMY.map((t) => (t.id === "dialogue" ? { ...t, id: "conversation", formerly: ["dialogue"] } : t));
    const corrections = { papers: { [id]: { topics: { add: ["dialogue"] } } } };
    const c = buildCatalog({ listings, topics: renamed, corrections });
    expect(c.papers[0]!.topics.map((t) => [t.id, t.by])).toEqual([["quantization", "match"], ["conversation", "curator"]]);
    expect(c.warnings).toContain(`content/corrections.json: papers.${id}.topics: "dialogue" is now "conversation" (formerly); the correction applies to it (write the new id)`);
    expect(correctionProblems(corrections, [id], renamed.map((t) => t.id), [], new Map([["dialogue", "conversation"]]))).toEqual([]);
    expect(correctionProblems(corrections, [id], renamed.map((t) => t.id))).toHaveLength(1);
  });

  it("applies a correction written with a topic's first id after a second rename that lists only the latest", () => {
    const listings = [parseListing(`Quantized Chat\n${ABS}\n`, "a.txt")];
    const id = buildCatalog({ listings, topics: TAXONOMY }).papers[0]!.id;
    // dialogue -> conversation (recorded by the ingest that saw it), then conversation -> chat.
    const twice = TAXONOMY.map((t) => (t.id === "dialogue" ? { ...t, id: "chat", formerly: ["conversation"] } : t));
    const published = [{ path: "/topics/dialogue/", title: "Dialogue", renamedTo: "conversation" }, { path: "/topics/dialogue/page/2/" }];
    const renames = formerIds(twice, published);
    expect([...renames].sort()).toEqual([["conversation", "chat"], ["dialogue", "chat"]]);
    const corrections = { papers: { [id]: { topics: { add: ["dialogue"] } } } };
    const c = buildCatalog({ listings, topics: twice, corrections, topicRenames: renames });
    expect(c.papers[0]!.topics.map((t) => [t.id, t.by])).toEqual([["quantization", "match"], ["chat", "curator"]]);
    expect(correctionProblems(corrections, [id], twice.map((t) => t.id), [], renames)).toEqual([]);
    // A recorded rename that leads to no topic there is names nothing.
    expect(formerIds(twice.filter((t) => t.id !== "chat"), published).has("dialogue")).toBe(false);
  });
});

describe("the 25% cap", () => {
  it("takes an oversized topic from papers that keep another, where it is their best topic too, and warns only when it cannot", () => {
    const lines: string[] = [];
    // 7 papers about quantization that also discuss dialogue (their second topic), 13 about nothing.
    for (let i = 0; i < 7; i++) lines.push(`Quantization Trick ${i}`, `We study dialogue and dialogue systems for case ${i}. This abstract has enough words to read as one, and ends here.`);
    for (let i = 0; i < 13; i++) lines.push(`Cooking Trick ${i}`, ABS.replace(/quantization/g, `cooking ${i}`));
    const c = buildCatalog({ listings: [parseListing(lines.join("\n"), "a.txt")], topics: TAXONOMY });
    const count = (id: string) => c.papers.filter((p) => p.topics.some((t) => t.id === id)).length;
    expect(c.papers).toHaveLength(20);
    // The cap is max(4, 25% of 20) = 5: both topics are brought down to it, no paper is left without a topic.
    expect([count("quantization"), count("dialogue")]).toEqual([5, 5]);
    expect(c.papers.filter((p) => p.title.startsWith("Quantization")).every((p) => p.topics.length >= 1 && !p.topics.some((t) => t.id === UNSORTED))).toBe(true);
    expect(c.warnings.filter((w) => w.includes("more than 25%"))).toEqual([]);

    // Papers with one topic only cannot be moved: the topic stays over and the ingest says so.
    const alone = [...lines.slice(0, 14).map((l) => l.replace(/dialogue/g, "weather")), ...lines.slice(14)];
    const over = buildCatalog({ listings: [parseListing(alone.join("\n"), "a.txt")], topics: TAXONOMY });
    expect(over.warnings).toContain("topic quantization holds 7 of 20 papers, more than 25%");
  });
});
