import { describe, expect, it } from "vitest";
import { jsonLdText, paperMetadata, scholarlyArticle } from "@/lib/page-meta";
import type { PaperRecord } from "@/lib/schema";
import { formatDate, plural } from "@/lib/format";

const paper: PaperRecord = {
  id: "closing-script",
  title: 'Closing </script><script>alert("x")</script> Title',
  titleInferred: false,
  authorCount: 3,
  date: "2024-08-01",
  dateInferred: false,
  upvotes: 4,
  links: [{ url: "https://arxiv.org/abs/1", kind: "paper" }],
  sources: [{ file: "a.txt", line: 1 }],
  topics: [],
  corrected: [],
  abstract: "We propose $S^3$ \\textbf{fast} <b>decoding</b> & more.",
};

describe("page metadata", () => {
  it("gives a paper its canonical URL, OpenGraph article tags and citation tags", () => {
    const m = paperMetadata(paper);
    expect(m.alternates?.canonical).toBe("http://127.0.0.1:3000/papers/closing-script/");
    expect(m.openGraph).toMatchObject({ type: "article", url: "http://127.0.0.1:3000/papers/closing-script/" });
    expect(m.other).toEqual({ citation_title: paper.title, citation_publication_date: "2024/08/01" });
    expect(m.description).toBe("We propose S^3 fast <b>decoding</b> & more.");
  });

  it("describes the paper as a ScholarlyArticle", () => {
    expect(scholarlyArticle(paper, ["Decoding"])).toMatchObject({
      "@type": "ScholarlyArticle",
      name: paper.title,
      datePublished: "2024-08-01",
      about: [{ "@type": "Thing", name: "Decoding" }],
      sameAs: ["https://arxiv.org/abs/1"],
    });
    expect(scholarlyArticle(paper, [])).not.toHaveProperty("abstract");
  });

  it("writes JSON-LD that no string can break out of and that parses back unchanged", () => {
    const data = scholarlyArticle(paper, []);
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("formats", () => {
  it("formats ISO dates without the build machine's locale", () => {
    expect(formatDate("2024-08-01")).toBe("1 Aug 2024");
  });
  it("pluralizes", () => {
    expect(plural(1, "upvote")).toBe("1 upvote");
    expect(plural(1200, "entry", "entries")).toBe("1,200 entries");
  });
});
