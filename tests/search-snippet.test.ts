import { describe, expect, it } from "vitest";
import { highlight, makeSnippet } from "@/lib/search/snippet";

describe("snippets and highlights", () => {
  it("marks matched words in any case and keeps everything else as plain text", () => {
    expect(highlight("Sparse autoencoders (SAEs) find features.", new Set(["sparse", "saes"]))).toEqual([
      { text: "Sparse", hit: true },
      { text: " autoencoders (", hit: false },
      { text: "SAEs", hit: true },
      { text: ") find features.", hit: false },
    ]);
  });

  it("keeps markup as text: a <script> in an abstract is a segment, never HTML", () => {
    const segments = highlight("<script>alert(1)</script> quantization", new Set(["quantization"]));
    expect(segments.map((s) => s.text).join("")).toBe("<script>alert(1)</script> quantization");
    expect(segments.at(-1)).toEqual({ text: "quantization", hit: true });
  });

  it("cuts a long abstract around the first match, at word boundaries, with ellipses", () => {
    const text = `${"lorem ipsum ".repeat(40)}the quantization result ${"dolor sit ".repeat(40)}`;
    const s = makeSnippet(text, new Set(["quantization"]), 120);
    const joined = s.map((x) => x.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(126);
    expect(s.some((x) => x.hit && x.text === "quantization")).toBe(true);
  });

  it("shows the start of the abstract when nothing matches", () => {
    const text = "word ".repeat(100);
    const joined = makeSnippet(text, new Set(["absent"]), 50).map((x) => x.text).join("");
    expect(joined.startsWith("word word")).toBe(true);
  });
});
