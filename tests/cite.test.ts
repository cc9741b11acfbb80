import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibtexEntry, escapeBibtex, plainCitation } from "@/lib/cite";
import { paperRecord } from "./paper-record";

const URL_ = "https://example.org/papers/x/";

describe("citations", () => {
  it("escapes each TeX special character with a command BibTeX reads back as the character", () => {
    expect(escapeBibtex("50% & $k$ #1 a_b {c} ~ ^ \\ < > |")).toBe(
      "50\\% \\& \\$k\\$ \\#1 a\\_b \\{c\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{} \\textgreater{} \\textbar{}",
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

  it("the plain-text citation reads as a sentence with the permalink", () => {
    const paper = paperRecord("x", { title: "Gradient Noise.", date: "2024-08-01" });
    expect(plainCitation(paper, URL_, [{ file: "a.txt", heading: null }])).toBe(`\u201cGradient Noise.\u201d (2024). Listed in a.txt, Paper Atlas. ${URL_}`);
  });
});
