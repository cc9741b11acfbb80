import { describe, expect, it } from "vitest";
import { distinctivePhrase, findPaperLinks, searchQuery } from "@/lib/find-paper";
import { arxivIdOfUrl, doiOfUrl, paperIds, paperUrlOfLine } from "@/lib/paper-ids";
import type { Link } from "@/lib/schema";

const paper = (fields: { title?: string; titleInferred?: boolean; abstract?: string; links?: Link[] } = {}) => ({
  title: "BitStack: Any-Size Compression of Large Language Models",
  titleInferred: false,
  abstract: "We introduce BitStack, a training-free weight compression approach.",
  links: [] as Link[],
  ...fields,
});

describe("paper identifiers", () => {
  it("reads arXiv ids from abs, pdf and versioned URLs, and DOIs from doi.org URLs", () => {
    expect(arxivIdOfUrl("https://arxiv.org/abs/2410.21287")).toBe("2410.21287");
    expect(arxivIdOfUrl("https://arxiv.org/pdf/2410.21287v2.pdf")).toBe("2410.21287v2");
    expect(arxivIdOfUrl("http://arxiv.org/abs/hep-th/9901001")).toBe("hep-th/9901001");
    expect(arxivIdOfUrl("https://arxiv.org/list/cs.CL/recent")).toBeNull();
    expect(arxivIdOfUrl("https://github.com/x/arxiv.org/abs/2410.21287")).toBeNull();
    expect(doiOfUrl("https://doi.org/10.18653/v1/2024.acl-long.1")).toBe("10.18653/v1/2024.acl-long.1");
    expect(doiOfUrl("https://example.org/10.1/x")).toBeNull();
  });

  it("recognises a listing line that only names the paper, and nothing else", () => {
    expect(paperUrlOfLine("arXiv:2410.21287")).toBe("https://arxiv.org/abs/2410.21287");
    expect(paperUrlOfLine("arXiv:2410.21287  [pdf, other]  cs.CL cs.LG")).toBe("https://arxiv.org/abs/2410.21287");
    expect(paperUrlOfLine("https://arxiv.org/pdf/2410.21287v1")).toBe("https://arxiv.org/abs/2410.21287v1");
    expect(paperUrlOfLine("DOI: 10.1000/xyz123")).toBe("https://doi.org/10.1000/xyz123");
    expect(paperUrlOfLine("https://doi.org/10.1000/xyz123")).toBe("https://doi.org/10.1000/xyz123");
    expect(paperUrlOfLine("We cite arXiv:2410.21287 in a sentence.")).toBeNull();
    expect(paperUrlOfLine("https://github.com/xinghaow99/BitStack")).toBeNull();
    expect(paperUrlOfLine("BitStack: Any-Size Compression")).toBeNull();
  });

  it("takes the ids from the paper's links, or an arXiv id written in the abstract", () => {
    expect(paperIds(paper({ links: [{ url: "https://arxiv.org/abs/2410.21287", kind: "paper" }] }))).toEqual({ arxiv: "2410.21287", doi: null });
    expect(paperIds(paper({ abstract: "Extended version of arXiv:2301.00001v3." }))).toEqual({ arxiv: "2301.00001v3", doi: null });
    expect(paperIds(paper())).toEqual({ arxiv: null, doi: null });
  });
});

describe("find-the-paper links", () => {
  it("search every service for the title, quoted where the service takes a phrase", () => {
    const links = findPaperLinks(paper());
    expect(links.every((l) => !l.direct)).toBe(true);
    const href = (service: string) => new URL(links.find((l) => l.service === service)!.href);
    expect(href("arXiv").searchParams.get("query")).toBe(paper().title);
    expect(href("arXiv").searchParams.get("searchtype")).toBe("title");
    expect(href("Semantic Scholar").searchParams.get("q")).toBe(paper().title);
    expect(href("Google Scholar").searchParams.get("q")).toBe(`"${paper().title}"`);
    expect(href("Hugging Face Papers").searchParams.get("q")).toBe(paper().title);
  });

  it("link an arXiv id and a DOI directly, before the searches", () => {
    const links = findPaperLinks(
      paper({ links: [{ url: "https://doi.org/10.1000/abc", kind: "paper" }, { url: "https://arxiv.org/pdf/2410.21287v2", kind: "paper" }] }),
    );
    expect(links.filter((l) => l.direct).map((l) => l.href)).toEqual([
      "https://arxiv.org/abs/2410.21287v2",
      "https://huggingface.co/papers/2410.21287",
      "https://doi.org/10.1000/abc",
    ]);
  });

  it("for an inferred title, search a distinctive phrase of the abstract instead", () => {
    const abstract =
      "Large language models are widely used. In this paper, we introduce \\textbf{BitStack}, a novel, training-free weight compression approach that enables megabyte-level trade-offs. Results are good.";
    const q = searchQuery(paper({ titleInferred: true, title: "BitStack: training-free weight compression", abstract }));
    expect(q.phrase).toBe(true);
    // Eight words in a row, as printed, from the sentence with the most content words (not the generic first one).
    expect(q.text).toBe("training-free weight compression approach that enables megabyte-level trade-offs");
    const href = new URL(findPaperLinks(paper({ titleInferred: true, abstract })).find((l) => l.service === "Google Scholar")!.href);
    expect(href.searchParams.get("q")).toBe(`"${q.text}"`);
  });

  it("a phrase never spans a formula", () => {
    const phrase = distinctivePhrase("We bound the error by $O(\\sqrt{n})$ using Hoeffding concentration inequalities for martingale difference sequences carefully.");
    expect(phrase).not.toMatch(/[$\\{}]/);
    expect(phrase.split(" ").length).toBeLessThanOrEqual(8);
  });
});
