// The parser keeps a line that names the paper itself (an arXiv id, an arXiv or DOI URL) on the
// entry it belongs to, whether the listing prints ids above titles or below abstracts.
import { describe, expect, it } from "vitest";
import { ListingError, parseListing } from "@/lib/listing-parser";

const A = "A Study of Gradient Noise in Language Model Training";
const B = "Quantizing Embeddings With Two Bits";
const ABS_A = "We measure the gradient noise scale of language models during training. It predicts the largest useful batch size across three model families.";
const ABS_B = "We quantize embedding tables to two bits per weight. Retrieval quality drops by less than one point on four benchmarks.";

const urls = (text: string) => parseListing(text, "x.txt").entries.map((e) => [e.title, e.paperUrls]);

describe("paper ids in listings", () => {
  it("ids above each title (arXiv search results) belong to the entry below them", () => {
    const text = ["arXiv:2401.01234  [pdf, other]  cs.CL cs.LG", A, ABS_A, "arXiv:2402.05678v2 [pdf] cs.CL", B, ABS_B].join("\n");
    expect(urls(text)).toEqual([
      [A, ["https://arxiv.org/abs/2401.01234"]],
      [B, ["https://arxiv.org/abs/2402.05678v2"]],
    ]);
  });

  it("ids below each abstract belong to the entry above them; an entry without one gets none", () => {
    const text = [A, ABS_A, "https://arxiv.org/pdf/2401.01234v1.pdf", "", B, ABS_B, "https://doi.org/10.18653/v1/2024.acl-long.12", "", "Third Paper Title", ABS_A.replace("gradient", "weight")].join("\n");
    expect(urls(text)).toEqual([
      [A, ["https://arxiv.org/abs/2401.01234v1"]],
      [B, ["https://doi.org/10.18653/v1/2024.acl-long.12"]],
      ["Third Paper Title", []],
    ]);
  });

  it("an id between a title and its abstract, or between an abstract and its metadata, belongs to that entry", () => {
    const text = [A, "doi:10.1000/xyz-1", ABS_A, B, ABS_B, "arXiv:2402.05678", "  • 4 authors", "·", "Aug 1, 2024 3"].join("\n");
    const entries = parseListing(text, "x.txt").entries;
    expect(entries.map((e) => e.paperUrls)).toEqual([["https://doi.org/10.1000/xyz-1"], ["https://arxiv.org/abs/2402.05678"]]);
    expect(entries[1]!.authorCount).toBe(4);
  });

  it("reads a DOI of any characters, escaped or not, and a doi.org URL without its query or fragment", () => {
    const sici = "10.1002/(SICI)1097-4636(199711)37:2<233::AID-JBM12>3.0.CO;2-D";
    const link = "https://doi.org/10.1002/(SICI)1097-4636(199711)37%3A2%3C233%3A%3AAID-JBM12%3E3.0.CO%3B2-D";
    for (const line of [`doi:${sici}`, "doi:10.1002/(SICI)1097-4636(199711)37:2%3C233::AID-JBM12%3E3.0.CO;2-D", `${link}?x=1#frag`]) {
      expect(parseListing([A, ABS_A, line].join("\n"), "x.txt").entries.map((e) => e.paperUrls), line).toEqual([[link]]);
    }
  });

  it("an id with no entry to belong to is a file:line problem", () => {
    try {
      parseListing(["arXiv:2401.01234", A, ABS_A, "arXiv:2402.05678"].join("\n"), "x.txt");
      throw new Error("expected a ListingError");
    } catch (e) {
      expect(e).toBeInstanceOf(ListingError);
      expect((e as ListingError).message).toBe('content/sources/x.txt:4: "https://arxiv.org/abs/2402.05678" names a paper, but no entry follows it');
    }
  });

  it("an id inside a sentence stays part of the abstract", () => {
    const text = [A, `${ABS_A} An earlier version is arXiv:2301.00001.`].join("\n");
    expect(urls(text)).toEqual([[A, []]]);
  });
});
