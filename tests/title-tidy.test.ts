import { describe, expect, it } from "vitest";
import { normalizeTitle } from "@/lib/catalog";
import { tidyTitle } from "@/lib/title-tidy";

describe("tidyTitle", () => {
  it("removes the space scraping leaves before a colon", () => {
    expect(tidyTitle("NUPES : Non-Uniform Post-Training Quantization")).toBe("NUPES: Non-Uniform Post-Training Quantization");
    expect(tidyTitle("S 3 : Increasing GPU Utilization")).toBe("S 3: Increasing GPU Utilization");
  });

  it("tidies commas, semicolons, question and exclamation marks and runs of whitespace", () => {
    expect(tidyTitle("Why  so slow ? Fast , cheap ; and right !")).toBe("Why so slow? Fast, cheap; and right!");
    expect(tidyTitle("  Tabs\tand\u00a0spaces  ")).toBe("Tabs and spaces");
  });

  it("leaves punctuation inside a word or a number alone", () => {
    expect(tidyTitle("Ratio 1 :2 and a :: b")).toBe("Ratio 1 :2 and a :: b");
    expect(tidyTitle("Already tidy: nothing to do")).toBe("Already tidy: nothing to do");
  });

  it("changes no word, so the title's key stays the same", () => {
    for (const t of ["S 3 : Increasing GPU Utilization", "What , if ; anything ?", "A  B : C"]) {
      expect(normalizeTitle(tidyTitle(t))).toBe(normalizeTitle(t));
    }
  });
});
