import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inferTitle } from "@/lib/title-inference";

// The catalog shows inferred titles for listings that give an abstract only. A reader scans them
// like real titles, so each must name the paper's contribution and read as a title, not as a
// sentence fragment ("We introduce AnyGPT", "Q-Refine: Is proposed", "A and simple method").

const SEED_LISTING = path.join(__dirname, "..", "content", "sources", "000_8860a7b2b3e5cba4.txt");

/** The abstract-only entries of the seed listing, found by a phrase so reordering the file does not matter. */
function seedAbstracts(): string[] {
  return readFileSync(SEED_LISTING, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("Abstract:"))
    .map((line) => line.slice("Abstract:".length));
}

function seed(phrase: string): string {
  const found = seedAbstracts().find((a) => a.includes(phrase));
  if (!found) throw new Error(`no seed abstract contains "${phrase}"`);
  return found;
}

const DANGLING_END = /\s(?:a|an|the|of|for|to|and|or|in|on|with|from|by|as|at|via|its|their|our|this|that|which|is|are)$/i;

/** What makes a title read as a title rather than a cut-off sentence. */
function expectReadable(title: string): void {
  expect(title.length).toBeGreaterThan(0);
  expect(title.length).toBeLessThanOrEqual(110);
  expect(title).toBe(title.trim());
  expect(title).toMatch(/^[A-Z0-9]/);
  expect(title.split(/\s+/).length).toBeGreaterThanOrEqual(3);
  expect(title).not.toMatch(/^(?:We|In|Our|This|These|To|However|While|The hypothesis)\b/);
  expect(title).not.toMatch(/\b(?:we|our|us)\b/i);
  expect(title).not.toMatch(DANGLING_END);
  expect(title).not.toMatch(/:\s*(?:Is|Are|Was|Which|That|And|Of|For|To)\b/);
  expect(title).not.toMatch(/\b(?:is|are) proposed\b/i);
  expect(title).not.toMatch(/^(?:A|An|The) (?:and|or|of)\b/);
  expect(title).not.toMatch(/\.\.\.$|…$/);
}

describe("inferTitle on the seed listing's abstract-only entries", () => {
  it("has the ten entries these expectations are about", () => {
    expect(seedAbstracts()).toHaveLength(10);
  });

  it("titles a paper by the benchmark, system or method it introduces, with a descriptive tail", () => {
    expect(inferTitle(seed("we create GAOKAO-Eval"))).toBe(
      "GAOKAO-Eval: A comprehensive benchmark based on China's National College Entrance Examination",
    );
    expect(inferTitle(seed("we introduce \\textbf{BitStack}"))).toBe("BitStack: A training-free weight compression approach");
    expect(inferTitle(seed("We introduce AnyGPT"))).toBe("AnyGPT: An any-to-any multimodal language model");
  });

  it("finds the name wherever the abstract gives it", () => {
    // "we propose the Rectify-Router, comprising ...": the purpose clause describes it.
    expect(inferTitle(seed("we propose the Rectify-Router"))).toMatch(/^Rectify-Router: \S/);
    // "..., which we refer to as the data mixing laws."
    expect(inferTitle(seed("which we refer to as the data mixing laws"))).toMatch(/^Data Mixing Laws: \S/);
    // "a novel approach termed Data-free Joint Rank-k Approximation for compressing ..."
    expect(inferTitle(seed("termed Data-free Joint Rank-k Approximation"))).toMatch(/^Data-free Joint Rank-k Approximation\b.*\bcompressing\b/);
    // Named only where its checkpoints are released: "The Llama Scope SAE checkpoints are publicly available".
    expect(inferTitle(seed("The Llama Scope SAE checkpoints"))).toMatch(/^Llama Scope: \S/);
  });

  it("falls back to a descriptive phrase of the contribution when nothing is named in the text", () => {
    expect(inferTitle(seed("we introduce a novel data augmentation method"))).toMatch(/^A data augmentation method that generates comments/);
    expect(inferTitle(seed("we propose a novel denoising objective"))).toMatch(/\bA denoising objective\b/);
    const universality = inferTitle(seed("The hypothesis of Universality"));
    expect(universality).toMatch(/language model/i);
    expect(universality).not.toContain(":");
  });

  it("never gives one of them a broken fragment for a title", () => {
    for (const abstract of seedAbstracts()) expectReadable(inferTitle(abstract));
  });
});

describe("inferTitle on the fragments it used to produce", () => {
  it("reads a capitalised subject: not 'We introduce AnyGPT'", () => {
    expect(inferTitle("We introduce FooNet, a sparse retrieval model that indexes code. It is fast.")).toBe(
      "FooNet: A sparse retrieval model that indexes code",
    );
  });

  it("reads a passive contribution: not 'Q-Refine: Is proposed'", () => {
    const title = inferTitle(
      "Generated images vary in quality. To address this issue, a quality-award refiner named Q-Refine is proposed. Q-Refine uses an IQA metric.",
    );
    expect(title).toBe("Q-Refine: A quality-award refiner");
  });

  it("drops hype words without leaving 'A and simple method'", () => {
    const title = inferTitle("Retrieval is slow. We propose a novel and simple method for caching retrieval results across queries.");
    expect(title).toBe("A simple method for caching retrieval results across queries");
  });

  it("turns a spelled-out name and its acronym into 'ACRONYM: Spelled-out name'", () => {
    expect(inferTitle("We introduce Language Agent for Role-Playing (LARP), which includes a cognitive architecture.")).toBe(
      "LARP: Language Agent for Role-Playing",
    );
  });

  it("finds the tail of a bare name in the other sentences that describe it", () => {
    expect(inferTitle("We introduce VMamba. The design of VMamba (Visual State Space Model) scales linearly with image size.")).toBe(
      "VMamba: Visual State Space Model",
    );
    expect(inferTitle("We introduce VMamba. Visual State Space Model (VMamba) scales linearly with image size.")).toBe(
      "VMamba: Visual State Space Model",
    );
    expect(inferTitle("We introduce FooNet. FooNet is a sparse retrieval model that indexes code.")).toBe(
      "FooNet: A sparse retrieval model that indexes code",
    );
  });

  it("says a bare name once, not again at the start of its tail", () => {
    const title = inferTitle("We introduce FooNet. Our FooNet improves retrieval on five benchmarks by a wide margin.");
    expect(title).toMatch(/^FooNet: /);
    expect(title.match(/FooNet/g)).toHaveLength(1);
    expectReadable(title);
  });

  it("reads names through LaTeX and HTML markup", () => {
    expect(inferTitle("We introduce \\textbf{\\textit{DiffuseKronA}}, a novel Kronecker product-based adaptation module.")).toBe(
      "DiffuseKronA: A Kronecker product-based adaptation module",
    );
    const html = inferTitle("<p>We present <b>TabNet</b>, a <em>tabular</em> learning architecture for sparse data.</p>");
    expect(html).toBe("TabNet: A tabular learning architecture for sparse data");
  });

  it("does not take the field's acronyms for the paper's name", () => {
    const title = inferTitle(
      "Large language models (LLMs) are costly to serve. Post-training quantization (PTQ) helps. We propose a novel PTQ algorithm that balances accuracy and efficiency.",
    );
    expect(title).not.toMatch(/^(?:LLMs?|PTQ):/);
    expectReadable(title);
  });
});

describe("inferTitle on any input", () => {
  it("gives a title for empty, blank and symbol-only text", () => {
    for (const input of ["", "   \n\t ", "🚀🔥✨", "$$ \\\\ {} <br/>", "....", "本文提出了一种新的方法。"]) {
      const title = inferTitle(input);
      expect(title.length).toBeGreaterThan(0);
      expect(title.length).toBeLessThanOrEqual(110);
    }
    expect(inferTitle("")).toBe("Untitled abstract");
  });

  it("stays short and quick on very long and pathological text", () => {
    const inputs = [
      "a".repeat(10_000),
      "We propose " + "Ab ".repeat(3_000),
      "We introduce " + "(".repeat(3_000) + ")".repeat(3_000),
      "we propose a method termed " + "Xy-".repeat(2_000) + "z",
      "<".repeat(5_000) + ">".repeat(5_000),
      seed("We introduce AnyGPT").repeat(8),
    ];
    for (const input of inputs) {
      const started = performance.now();
      const title = inferTitle(input);
      expect(performance.now() - started).toBeLessThan(500);
      expect(title.length).toBeGreaterThan(0);
      expect(title.length).toBeLessThanOrEqual(110);
    }
  });

  it("returns a non-empty, trimmed title of at most 110 characters for any string (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 })), (input) => {
        const title = inferTitle(input);
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(110);
        expect(title).toBe(title.trim());
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("returns a title that does not end on a dangling word for abstract-like text (property)", () => {
    const pieces = fc.constantFrom(
      "We propose",
      "we introduce",
      "This paper presents",
      "In this paper,",
      "a novel",
      "and simple",
      "method",
      "framework",
      "AnyGPT,",
      "\\textbf{BitStack}",
      "GAOKAO-Eval",
      "(LARP)",
      "Language Agent for Role-Playing",
      "that",
      "which",
      "for",
      "the",
      "of these models",
      "is proposed.",
      "$k$",
      "<b>",
      "~\\url{https://github.com/x/DenoSent}",
      ".",
      ",",
      "large language models",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const title = inferTitle(parts.join(" "));
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(110);
        expect(title).not.toMatch(DANGLING_END);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
