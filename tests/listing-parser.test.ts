import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeListing,
  inferListingYear,
  ListingError,
  MAX_LINE_LENGTH,
  MIN_ABSTRACT_LENGTH,
  notAnAbstract,
  parseListing,
  type ParsedListing,
} from "@/lib/listing-parser";

const FIXTURES = path.join(__dirname, "fixtures", "listings");
const fixture = (name: string): ParsedListing => parseListing(readFileSync(path.join(FIXTURES, name), "utf8"), name);

const TOPO = "TopoSAE: Topology-Aware Sparse Autoencoders";
const QUICK = "QuickQuant: 2-bit Quantization Without Calibration";
const MOE = "Loss-Free Balancing for Mixture-of-Experts Routers";

/** The problems a ListingError reports, as the user sees them. */
function problemsOf(text: string | Uint8Array, file = "bad.txt"): string[] {
  try {
    parseListing(typeof text === "string" ? text : decodeListing(text, file), file);
  } catch (e) {
    if (e instanceof ListingError) return e.message.split("\n");
    throw e;
  }
  throw new Error("expected the listing to be rejected");
}

const ABSTRACT =
  "We study how listings are parsed at length. It has several sentences, as abstracts do, and this one makes the line long enough to read as an abstract rather than a title.";

describe("listing shapes", () => {
  it("reads abstract-only lines as untitled entries", () => {
    const l = fixture("abstract-only.txt");
    expect(l.entries.map((e) => [e.line, e.title])).toEqual([
      [1, null],
      [2, null],
    ]);
    expect(l.entries[0]!.abstract).toMatch(/^Sparse autoencoders \(SAEs\) decompose/);
  });

  it("reads title and abstract lines separated by blank lines", () => {
    const l = fixture("title-abstract-spaced.txt");
    expect(l.entries.map((e) => [e.line, e.title, e.abstractLine])).toEqual([
      [1, TOPO, 3],
      [5, QUICK, 7],
    ]);
  });

  it("reads title and abstract lines with no blank lines, dropping furniture and the glued Subscribe", () => {
    const l = fixture("title-abstract-compact.txt");
    expect(l.entries.map((e) => [e.line, e.title])).toEqual([
      [3, TOPO],
      [5, QUICK],
    ]);
    expect(l.heading).toBeNull();
  });

  it("keeps a collection heading as a fact about the listing, not as a paper", () => {
    const l = fixture("collection-heading.txt");
    expect(l.heading).toBe("Mixture of Experts");
    expect(l.entries.map((e) => e.title)).toEqual([TOPO, MOE]);
  });

  it("reads daily-papers pages: furniture, page date, and metadata on some entries only", () => {
    const l = fixture("daily-papers.txt");
    expect(l.pageDate).toEqual({ text: "Nov 6", line: 11 });
    expect(l.entries.map((e) => [e.title, e.authorCount, e.date, e.upvotes])).toEqual([
      [TOPO, 4, { month: 8, day: 1, year: 2024 }, 1],
      [QUICK, null, null, null],
      [MOE, 15, { month: 6, day: 11, year: null }, 2],
    ]);
    expect(inferListingYear(l)).toBe(2025);
  });

  it("reads a metadata date without upvotes as zero upvotes", () => {
    const l = parseListing(`Title One\n${ABSTRACT}\n  • 3 authors\n·\nSep 30\n`, "x.txt");
    expect(l.entries[0]).toMatchObject({ authorCount: 3, date: { month: 9, day: 30, year: null }, upvotes: 0 });
  });

  it("gives no listing year when the listing prints no year to infer it from", () => {
    const l = parseListing(`Title One\n${ABSTRACT}\n  • 3 authors\n·\nSep 30 4\n`, "x.txt");
    expect(inferListingYear(l)).toBeNull();
    // Nor a year past the last a date may name: 2200 printed makes no 2201.
    const late = parseListing(`Title One\n${ABSTRACT}\n  • 3 authors\n·\nDec 30, 2200 4\n\nTitle Two\n${ABSTRACT}\n  • 3 authors\n·\nMar 3 3\n`, "x.txt");
    expect(late.entries.map((e) => e.date?.year)).toEqual([2200, null]);
    expect(inferListingYear(late)).toBeNull();
  });
});

describe("text as listed", () => {
  it("keeps every character of titles and abstracts, in any script, next to metadata lines", () => {
    const titles = ["Naïve Bayes, café-style", "PanGu-π: Enhancing Language Model Architectures", "Plain ASCII"];
    const abstracts = [`Déjà vu: ${ABSTRACT}`, `${ABSTRACT} It costs 5 € … and uses 𝛼-entmax 😀.`, ABSTRACT];
    const text = titles.map((t, i) => `${t}\n${abstracts[i]}\n  • 3 authors\n·\nSep 30 2\n`).join("");
    const l = parseListing(text, "x.txt");
    expect(l.entries.map((e) => [e.title, e.abstract])).toEqual(titles.map((t, i) => [t, abstracts[i]]));
  });
});

describe("line endings and stray whitespace", () => {
  const variants = (text: string) => ({
    crlf: text.replace(/\n/g, "\r\n"),
    cr: text.replace(/\n/g, "\r"),
    bom: `\uFEFF${text}`,
    trailing: text.replace(/\n/g, " \t \n"),
  });

  for (const name of ["daily-papers.txt", "title-abstract-compact.txt", "abstract-only.txt", "collection-heading.txt"]) {
    it(`gives the same records for CRLF, CR, BOM and trailing-whitespace copies of ${name}`, () => {
      const text = readFileSync(path.join(FIXTURES, name), "utf8");
      const clean = parseListing(text, name);
      for (const variant of Object.values(variants(text))) expect(parseListing(variant, name)).toEqual(clean);
    });
  }

  it("gives the same records for any mix of line endings and trailing whitespace (property)", () => {
    const text = readFileSync(path.join(FIXTURES, "daily-papers.txt"), "utf8");
    const clean = parseListing(text, "p.txt");
    const lines = text.split("\n");
    fc.assert(
      fc.property(
        // Any mix of LF and CRLF, or lone CRs throughout (a lone CR before an LF would make a CRLF).
        fc.oneof(
          fc.array(fc.constantFrom("\n", "\r\n"), { minLength: lines.length, maxLength: lines.length }),
          fc.constant(lines.map(() => "\r")),
        ),
        fc.array(fc.constantFrom("", " ", "\t", "  \t"), { minLength: lines.length, maxLength: lines.length }),
        fc.boolean(),
        (endings, pads, bom) => {
          const variant = (bom ? "\uFEFF" : "") + lines.map((l, i) => l + pads[i] + (i < lines.length - 1 ? endings[i] : "")).join("");
          expect(parseListing(variant, "p.txt")).toEqual(clean);
        },
      ),
      { seed: 20261123, numRuns: 300 },
    );
  });
});

describe("what reads as an abstract", () => {
  it("names the rule a line breaks", () => {
    expect(notAnAbstract("Quantization Without Tears")).toBe(`it is 26 characters long, and an abstract has at least ${MIN_ABSTRACT_LENGTH}`);
    expect(notAnAbstract("\u200b".repeat(200))).toBe(`it is 0 characters long, and an abstract has at least ${MIN_ABSTRACT_LENGTH}`);
    expect(notAnAbstract("word ".repeat(30))).toBe('it has no sentence, and an abstract has sentences ending in ".", "!" or "?"');
    expect(notAnAbstract("Scaling Sparse Autoencoders Towards Millions of Interpretable Features Across Many Different Language Model Families.")).toBe(
      "its words are capitalized like a title's, not written as sentences",
    );
    expect(notAnAbstract(ABSTRACT)).toBeNull();
  });

  // Listings of the shapes the catalog knows, with titles and abstracts made up word by word: the
  // parser must read every entry, whatever the words, not only the seed listings.
  const word = fc.constantFrom("sparse", "models", "language", "we", "attention", "data", "training", "scaling", "robust", "of", "the", "a", "tokens", "GPU", "LLMs", "2-bit", "(SAEs)", "x");
  const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const title = fc.array(word, { minLength: 2, maxLength: 14 }).map((ws) => ws.map(capital).join(" ").replace(/^./, (c) => c.toUpperCase()));
  const sentence = fc.array(word, { minLength: 6, maxLength: 30 }).chain((ws) => fc.constantFrom(".", "!", "?").map((end) => `${capital(ws.join(" "))}${end}`));
  const abstract = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((ss) => ss.join(" ")).filter((a) => notAnAbstract(a) === null);
  const paper = fc.record({ title, abstract, authors: fc.integer({ min: 1, max: 40 }), upvotes: fc.nat({ max: 999 }) });

  it("reads every entry of any listing in the known shapes (property)", () => {
    fc.assert(
      fc.property(fc.array(paper, { minLength: 1, maxLength: 12 }), fc.constantFrom("abstract-only", "spaced", "compact", "daily"), (papers, shape) => {
        const text =
          shape === "abstract-only"
            ? papers.map((p) => `Abstract:${p.abstract}`).join("\n")
            : shape === "spaced"
              ? papers.map((p) => `${p.title}\n\n${p.abstract}\n`).join("\n")
              : shape === "compact"
                ? papers.map((p) => `${p.title}\n${p.abstract}`).join("\n")
                : `new\n\nDaily Papers\n\nMar 18\n\n${papers.map((p) => `${p.title}\n\n${p.abstract}\n\n  \u2022 ${p.authors} authors\n\u00b7\nAug 1, 2024 ${p.upvotes}\n`).join("\n")}`;
        const l = parseListing(text, "shape.txt");
        expect(l.entries.map((e) => [e.title, e.abstract])).toEqual(papers.map((p) => [shape === "abstract-only" ? null : p.title, p.abstract]));
      }),
      { seed: 2026, numRuns: 400 },
    );
  });
});

describe("bad input", () => {
  it("rejects an empty file", () => {
    expect(problemsOf("")).toEqual(["content/sources/bad.txt:1: is empty: a listing needs at least one entry"]);
    expect(problemsOf("\n \n\t\n")).toEqual(["content/sources/bad.txt:1: is empty: a listing needs at least one entry"]);
  });

  it("rejects a title without an abstract, naming its line", () => {
    expect(problemsOf(`First Title\n${ABSTRACT}\nOrphan Title\nThird Title\n${ABSTRACT}\n`)).toEqual([
      'content/sources/bad.txt:3: title "Orphan Title" has no abstract',
    ]);
    expect(problemsOf(`First Title\n${ABSTRACT}\nLast Title\n`)).toEqual(['content/sources/bad.txt:3: title "Last Title" has no abstract']);
  });

  it("rejects an abstract before any title", () => {
    expect(problemsOf(`${ABSTRACT}\nA Title\n${ABSTRACT}\n`)).toEqual([
      "content/sources/bad.txt:1: abstract without a title: the line before it is not a title",
    ]);
  });

  it("rejects a file that is not UTF-8 text", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("A Title\n"), 0xff, 0xfe, 0x41, 0x0a]);
    expect(problemsOf(bytes)).toEqual(["content/sources/bad.txt:2: is not valid UTF-8 text; save it as UTF-8"]);
    // The same line found in a file saved with CR line endings, or CRLF.
    for (const eol of ["\r", "\r\n"]) {
      const saved = new Uint8Array([...new TextEncoder().encode(`A Title${eol}${ABSTRACT}${eol}Caf`), 0xe9, ...new TextEncoder().encode(`${eol}${ABSTRACT}${eol}`)]);
      expect(problemsOf(saved), JSON.stringify(eol)).toEqual(["content/sources/bad.txt:3: is not valid UTF-8 text; save it as UTF-8"]);
    }
  });

  it("rejects a file with NUL bytes", () => {
    const bytes = new TextEncoder().encode(`A Title\n${ABSTRACT}\nB\u0000\n`);
    expect(problemsOf(bytes)).toEqual(["content/sources/bad.txt:3: contains a NUL byte: not a text file"]);
  });

  it("rejects a metadata block that does not parse", () => {
    expect(problemsOf(`A Title\n${ABSTRACT}\n  • many authors\n·\nAug 1\n`)).toEqual([
      'content/sources/bad.txt:3: metadata "• many authors" does not parse: expected "• N authors"',
    ]);
    expect(problemsOf(`A Title\n${ABSTRACT}\n  • 3 authors\n·\nFeb 30, 2024\n`)).toEqual([
      'content/sources/bad.txt:3: metadata date "Feb 30, 2024" is invalid: not a real day',
    ]);
    // Upvotes written as a power of ten or in thousands are a bad date line, not a title.
    for (const upvotes of ["1e9", "1.2k"]) {
      expect(problemsOf(`A Title\n${ABSTRACT}\n  • 3 authors\n·\nJun 11, 2024 ${upvotes}\n`)).toEqual([
        `content/sources/bad.txt:3: metadata date "Jun 11, 2024 ${upvotes}" is invalid: expected "Mon D" or "Mon D, YYYY" (a 4-digit year), then optional upvotes (a whole number, 0 or more)`,
      ]);
    }
  });

  it("calls a long line without the sentences of an abstract a title too long", () => {
    const long = `${"A Very Long Title Indeed ".repeat(14)}With a Full Stop.`;
    expect(problemsOf(`${long}\n${ABSTRACT}\n`)).toEqual([`content/sources/bad.txt:1: title is too long: ${long.length} characters, and a title has at most 300`]);
  });

  it("counts a title's length in characters as a reader sees them, not in UTF-16 units", () => {
    // 200 mathematical bold letters: 400 UTF-16 units, 200 characters.
    const bold = "\u{1D400}\u{1D401}\u{1D402}\u{1D403} ".repeat(40).trim();
    expect([...bold].length).toBeLessThanOrEqual(300);
    expect(bold.length).toBeGreaterThan(300);
    expect(parseListing(`${bold}\n${ABSTRACT}\n`, "ok.txt").entries.map((e) => e.title)).toEqual([bold]);
    const tooLong = "\u{1D400}".repeat(301);
    expect(problemsOf(`${tooLong}\n${ABSTRACT}\n`)).toEqual(["content/sources/bad.txt:1: title is too long: 301 characters, and a title has at most 300"]);
  });

  it("refuses a title of Hangul fillers, letters that show nothing", () => {
    expect(problemsOf(`\u3164\u3164\n${ABSTRACT}\n`)).toEqual(["content/sources/bad.txt:1: title has no visible letters or digits"]);
  });

  it("rejects metadata that follows no abstract", () => {
    expect(problemsOf(`  • 3 authors\n·\nAug 1\nA Title\n${ABSTRACT}\n`)).toEqual([
      'content/sources/bad.txt:1: metadata line "• 3 authors" does not follow an abstract',
    ]);
  });

  it("rejects a line longer than any plausible abstract", () => {
    const long = "word ".repeat(MAX_LINE_LENGTH / 4);
    expect(problemsOf(`A Title\n${ABSTRACT}\nB Title\n${long}\n`)).toEqual([
      `content/sources/bad.txt:4: line is ${long.trimEnd().length} characters long; no plausible abstract is over ${MAX_LINE_LENGTH}`,
    ]);
  });

  it("lists every problem in a file, not just the first", () => {
    const problems = problemsOf(`${ABSTRACT}\nA Title\n${ABSTRACT}\n  • x authors\nOrphan\n`);
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.split(":")[1])).toEqual(["1", "4", "5"]);
  });

  it("throws nothing but ListingError, whatever the input (property)", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("\n", "\r\n", "\r", "\uFEFF", "·", "  • 3 authors", "Abstract:", "Mar 18", "Aug 1, 2024 1", "Subscribe", "new", ABSTRACT, "\u0000"),
      fc.string({ unit: "grapheme", maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        try {
          const l = parseListing(text, "fuzz.txt");
          for (const e of l.entries) expect(e.abstract.length).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(ListingError);
          expect((e as ListingError).problems.length).toBeGreaterThan(0);
        }
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("decodes any byte sequence to text or a ListingError (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          parseListing(decodeListing(bytes, "bytes.txt"), "bytes.txt");
        } catch (e) {
          expect(e).toBeInstanceOf(ListingError);
        }
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});
