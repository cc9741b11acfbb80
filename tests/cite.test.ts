import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibtexEntry, escapeBibtex, plainCitation } from "@/lib/cite";
import { paperRecord } from "./paper-record";

const URL_ = "https://example.org/papers/x/";

describe("citations", () => {
  it("escapes each TeX special character with a command BibTeX reads back as the character", () => {
    expect(escapeBibtex("50% & $k$ #1 a_b {c} ~ ^ \\ < > |")).toBe(
      "50\\% \\& \\$k\\$ \\#1 a\\_b \\textbraceleft{}c\\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{} \\textgreater{} \\textbar{}",
    );
    expect(escapeBibtex("a\u202eb\u0000c  d\n e")).toBe("abc d e");
  });

  it("an entry has the id as key, what is known, and a note naming the listings", () => {
    const paper = paperRecord("gns-paper", { title: "Gradient Noise", date: "2024-08-01", links: [{ url: "https://arxiv.org/abs/2401.01234", kind: "paper" }] });
    const text = bibtexEntry(paper, URL_, [{ file: "a.txt", heading: "Daily Papers" }, { file: "b.txt", heading: null }, { file: "c.txt", heading: null }]);
    const { entries, errors } = parseBibtex(text, { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries[0]!.key).toBe("gns-paper");
    expect(entries[0]!.fields).toMatchObject({ year: "2024", month: "8", eprint: "2401.01234", url: URL_, note: "Listed in Daily Papers (a.txt) and 2 more listings, Paper Atlas" });
    expect(entries[0]!.fields.title).toBe("Gradient Noise");
    // Without a date there is no year, rather than a made-up one.
    expect(parseBibtex(bibtexEntry(paperRecord("x"), URL_, [])).entries[0]!.fields.year).toBeUndefined();
  });

  it("a title with a lone brace leaves its field closed, so the entries after it read as written", () => {
    const evil = paperRecord("evil", { title: "BibTeX Breaker } @misc{evil, title={x" });
    const next = paperRecord("next", { title: "The Next Paper" });
    const bib = [bibtexEntry(evil, URL_, []), bibtexEntry(next, URL_, [])].join("\n");
    // Classic BibTeX counts every brace, escaped or not: each entry must close every one it opens.
    for (const entry of bib.split(/\n(?=@)/)) {
      let depth = 0;
      for (const c of entry) if ((depth += c === "{" ? 1 : c === "}" ? -1 : 0) < 0) break;
      expect(depth, entry).toBe(0);
    }
    const { entries, errors } = parseBibtex(bib, { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.key, e.fields.title])).toEqual([
      ["evil", "BibTeX Breaker } @misc{evil, title={x"],
      ["next", "The Next Paper"],
    ]);
  });

  it("the plain-text citation reads as a sentence with the permalink", () => {
    const paper = paperRecord("x", { title: "Gradient Noise.", date: "2024-08-01" });
    expect(plainCitation(paper, URL_, [{ file: "a.txt", heading: null }])).toBe(`\u201cGradient Noise.\u201d (2024). Listed in a.txt, Paper Atlas. ${URL_}`);
  });
});
