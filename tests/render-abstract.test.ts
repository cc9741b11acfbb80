import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerpt, plainText } from "@/lib/abstract-excerpt";
import { renderAbstract, renderInline, renderMath, type AbstractNode } from "@/lib/render-abstract";

const text = (t: string): AbstractNode => ({ kind: "text", text: t });

/** The nodes with KaTeX HTML replaced by a marker, so expectations stay readable. */
function shape(nodes: AbstractNode[]): unknown[] {
  return nodes.map((n) => {
    if (n.kind === "math") return { math: n.tex, display: n.display };
    if (n.kind === "link") return { link: n.href, text: n.text };
    if (n.kind === "text") return n.text;
    return { [n.kind]: shape(n.children) };
  });
}

function allNodes(nodes: AbstractNode[]): AbstractNode[] {
  return nodes.flatMap((n) => (n.kind === "strong" || n.kind === "em" || n.kind === "code" ? [n, ...allNodes(n.children)] : [n]));
}

describe("inline math", () => {
  it("renders $...$ with KaTeX at build time", () => {
    const nodes = renderInline("we propose $S^3$, which predicts");
    expect(shape(nodes)).toEqual(["we propose ", { math: "S^3", display: false }, ", which predicts"]);
    const math = nodes[1] as Extract<AbstractNode, { kind: "math" }>;
    expect(math.html).toContain('class="katex"');
    expect(math.html).toContain("<math"); // MathML for screen readers
  });

  it("renders \\( ... \\) as inline math", () => {
    expect(shape(renderInline("a \\( O(n^3) \\) cost"))).toEqual(["a ", { math: "O(n^3)", display: false }, " cost"]);
  });

  it("renders $$...$$ as display math", () => {
    expect(shape(renderInline("so $$x^2$$ holds"))).toEqual(["so ", { math: "x^2", display: true }, " holds"]);
  });

  it("treats a lone dollar as currency", () => {
    expect(shape(renderInline("under $1,000 USD."))).toEqual(["under $1,000 USD."]);
  });

  it("does not pair two amounts of money ($5 and $10)", () => {
    expect(shape(renderInline("costs $5 to $10 per run"))).toEqual(["costs $5 to $10 per run"]);
    expect(shape(renderInline("from $ 5 to 10$"))).toEqual(["from $ 5 to 10$"]);
  });

  it("keeps an escaped dollar literal and out of math", () => {
    expect(shape(renderInline("\\$5 and $x$"))).toEqual(["$5 and ", { math: "x", display: false }]);
  });

  it("shows a formula KaTeX rejects as its source text", () => {
    expect(shape(renderInline("bad $\\frac{1}{$ here"))).toEqual(["bad $\\frac{1}{$ here"]);
    expect(shape(renderInline("bad $\\notacommand x$ here"))).toEqual(["bad $\\notacommand x$ here"]);
  });

  it("shows a formula that asks for a trusted command (\\href, \\url, \\htmlClass) as source", () => {
    for (const tex of ["\\href{javascript:alert(1)}{x}", "\\url{https://a.io}", "\\htmlClass{x}{y}", "\\includegraphics{x.png}"]) {
      expect(shape(renderInline(`see $${tex}$ now`))).toEqual([`see $${tex}$ now`]);
    }
  });

  it("caps sizes and macro expansion", () => {
    const rule = renderMath("\\rule{1e6em}{1e6em}");
    expect(rule).not.toBeNull();
    expect(rule).toContain("border-right-width:2em;border-top-width:2em");
    expect(rule).not.toMatch(/(width|height)[:=]"?1e6/);
    expect(renderMath("\\def\\a{\\a\\a}\\a")).toBeNull();
  });

  it("treats a very long pair of dollars as text", () => {
    const long = `$${"x".repeat(400)}$`;
    expect(shape(renderInline(long))).toEqual([long]);
  });
});

describe("text commands", () => {
  it("converts \\textbf, \\emph, \\textit and \\texttt", () => {
    expect(shape(renderInline("\\textbf{BitStack} is \\emph{fast}, \\textit{small} and \\texttt{open}"))).toEqual([
      { strong: ["BitStack"] },
      " is ",
      { em: ["fast"] },
      ", ",
      { em: ["small"] },
      " and ",
      { code: ["open"] },
    ]);
  });

  it("nests commands and math inside groups", () => {
    expect(shape(renderInline("\\textbf{top-$k$ \\emph{routing}}"))).toEqual([
      { strong: ["top-", { math: "k", display: false }, " ", { em: ["routing"] }] },
    ]);
  });

  it("converts the old switches {\\it ...} and {\\bf ...}", () => {
    expect(shape(renderInline("of {\\it asynchronous} Local-SGD and {\\bf bold}"))).toEqual([
      "of ",
      { em: ["asynchronous"] },
      " Local-SGD and ",
      { strong: ["bold"] },
    ]);
  });

  it("turns \\url{} into a link, and a tie before it into a space", () => {
    expect(shape(renderInline("available at~\\url{https://huggingface.co/fnlp/Llama-Scope}, alongside"))).toEqual([
      "available at ",
      { link: "https://huggingface.co/fnlp/Llama-Scope", text: "https://huggingface.co/fnlp/Llama-Scope" },
      ", alongside",
    ]);
  });

  it("shows \\url{} of a non-http address as text", () => {
    expect(shape(renderInline("\\url{javascript:alert(1)} and \\url{ftp://a.io/x}"))).toEqual(["javascript:alert(1) and ftp://a.io/x"]);
  });

  it("keeps a tilde that is not a tie", () => {
    expect(shape(renderInline("as small as ~1M, by 204~365%"))).toEqual(["as small as ~1M, by 204~365%"]);
  });

  it("converts TeX quotes", () => {
    expect(shape(renderInline("an ``addition'' manner and no `one-wins-all' FA"))).toEqual([
      "an \u201caddition\u201d manner and no \u2018one-wins-all\u2019 FA",
    ]);
    expect(shape(renderInline('LLMs may ``game" these'))).toEqual(["LLMs may \u201cgame\" these"]);
  });

  it("keeps apostrophes and a lone backtick", () => {
    expect(shape(renderInline("LLMs' ability isn't a ` mark"))).toEqual(["LLMs' ability isn't a ` mark"]);
  });

  it("unescapes \\% \\& \\_ \\# and braces", () => {
    expect(shape(renderInline("1\\% of Harmless\\&Helpful, a\\_b \\#1 \\{x\\}"))).toEqual(["1% of Harmless&Helpful, a_b #1 {x}"]);
  });

  it("shows commands it does not understand literally", () => {
    expect(shape(renderInline("using \\RTP (RTP), \\eg, GPT2, roughly \\1 and \\href{https://a.io}{x}"))).toEqual([
      "using \\RTP (RTP), \\eg, GPT2, roughly \\1 and \\href{",
      { link: "https://a.io", text: "https://a.io" },
      "}{x}",
    ]);
  });

  it("shows an unclosed group literally", () => {
    expect(shape(renderInline("\\textbf{never closed"))).toEqual(["\\textbf{never closed"]);
  });
});

describe("URLs", () => {
  it("links http and https URLs, leaving trailing punctuation out", () => {
    expect(shape(renderInline("Code: https://github.com/x/BitStack. Demo (https://a.github.io/p), ok"))).toEqual([
      "Code: ",
      { link: "https://github.com/x/BitStack", text: "https://github.com/x/BitStack" },
      ". Demo (",
      { link: "https://a.github.io/p", text: "https://a.github.io/p" },
      "), ok",
    ]);
  });

  it("keeps balanced parentheses inside a URL", () => {
    expect(shape(renderInline("see https://en.wikipedia.org/wiki/Foo_(bar).")).at(1)).toEqual({
      link: "https://en.wikipedia.org/wiki/Foo_(bar)",
      text: "https://en.wikipedia.org/wiki/Foo_(bar)",
    });
  });

  it("never links other schemes", () => {
    const nodes = allNodes(renderInline("javascript:alert(1) data:text/html,x ftp://a.io vbscript:x"));
    expect(nodes.every((n) => n.kind !== "link")).toBe(true);
  });

  it("shows as text a URL whose host is written in other letters than ASCII, which may imitate another", () => {
    // "аpple.com" with a Cyrillic "а", bare and in \url{}: read as apple.com, it must not be a link.
    for (const src of ["See https://\u0430pple.com/login now.", "See \\url{https://\u0430pple.com/login} now."]) {
      const nodes = allNodes(renderInline(src));
      expect(nodes.some((n) => n.kind === "link"), src).toBe(false);
      expect(nodes.map((n) => ("text" in n ? n.text : "")).join(""), src).toContain("https://\u0430pple.com/login");
    }
    expect(allNodes(renderInline("See https://example.com/\u00e9t\u00e9 now.")).some((n) => n.kind === "link")).toBe(true);
  });

  it("does not link a URL glued to a word", () => {
    expect(shape(renderInline("xhttps://a.io"))).toEqual(["xhttps://a.io"]);
  });
});

describe("HTML in abstracts", () => {
  it("keeps tags as text: no node carries HTML but math", () => {
    const nodes = renderInline('<script>alert(1)</script> <img src=x onerror="alert(1)"> </script>');
    expect(shape(nodes)).toEqual(['<script>alert(1)</script> <img src=x onerror="alert(1)"> </script>']);
  });
});

describe("paragraphs, excerpts and plain text", () => {
  it("splits paragraphs on blank lines and folds other whitespace", () => {
    expect(renderAbstract("One\nline.\n\nTwo.").map(shape)).toEqual([["One line."], ["Two."]]);
  });

  it("cuts an excerpt at a word boundary with an ellipsis", () => {
    const { nodes, truncated } = excerpt([text("alpha beta gamma delta")], 12);
    expect(truncated).toBe(true);
    expect(shape(nodes)).toEqual(["alpha beta\u2026"]);
  });

  it("never cuts a formula or a link in half", () => {
    const nodes = renderInline("We propose $S^3$, code at https://github.com/a/very-long-repository-name here");
    const cut = excerpt(nodes, 30);
    expect(shape(cut.nodes)).toEqual(["We propose ", { math: "S^3", display: false }, ", code at ", "\u2026"]);
  });

  it("keeps a short abstract whole", () => {
    expect(excerpt([text("short")], 240)).toEqual({ nodes: [text("short")], truncated: false });
  });

  it("gives plain text with formulas as TeX", () => {
    expect(plainText(renderInline("\\textbf{Fast} $O(n)$ at \\url{https://a.io}"))).toBe("Fast O(n) at https://a.io");
  });
});

describe("any input", () => {
  it("never throws and only ever links http(s) (fixed seed)", () => {
    const alphabet = fc.constantFrom(..."ab $\\{}`'~%&_#()<>/:.xhttps://a.io \\textbf{ \\url{ \\emph{ \\( \\) $$".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join("")), (src) => {
        const nodes = allNodes(renderInline(src));
        for (const n of nodes) {
          if (n.kind === "link") expect(n.href).toMatch(/^https?:\/\//);
          if (n.kind === "math") expect(n.html).toContain("katex");
        }
      }),
      { seed: 4242, numRuns: 500 },
    );
  });
});
