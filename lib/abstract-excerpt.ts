// What the pages derive from a rendered abstract: its plain text (for descriptions and JSON-LD)
// and its first lines (for paper lists), never cutting a formula or a link in half.
import { renderAbstract, type AbstractNode } from "./render-abstract";

/** What a reader sees, as plain text: formulas as their TeX source. For descriptions and JSON-LD. */
export function plainText(nodes: AbstractNode[]): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case "text":
        case "link":
          return n.text;
        case "math":
          return n.tex;
        default:
          return plainText(n.children);
      }
    })
    .join("");
}

function visibleLength(n: AbstractNode): number {
  switch (n.kind) {
    case "text":
    case "link":
      return n.text.length;
    case "math":
      return Math.ceil(n.tex.length / 2);
    default:
      return n.children.reduce((sum, c) => sum + visibleLength(c), 0);
  }
}

/**
 * A whole abstract as a reader sees it, formulas as TeX, paragraphs apart: for descriptions,
 * JSON-LD and the search index (words and snippets), so search never shows "\\textbf{" markup.
 */
export function readerText(abstract: string): string {
  return renderAbstract(abstract).map(plainText).join("\n\n");
}

/** Cut text at the last word boundary within `max` characters. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.5 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.(\-]+$/, "");
}

/**
 * The first lines of an abstract: nodes up to about `max` visible characters, never cutting a
 * formula or a link in half, with an ellipsis when something was left out.
 */
export function excerpt(nodes: AbstractNode[], max = 240): { nodes: AbstractNode[]; truncated: boolean } {
  const out: AbstractNode[] = [];
  let budget = max;
  for (const n of nodes) {
    const len = visibleLength(n);
    if (len <= budget) {
      out.push(n);
      budget -= len;
      continue;
    }
    if (n.kind === "text") out.push({ kind: "text", text: `${cutText(n.text, budget)}\u2026` });
    else if (n.kind === "strong" || n.kind === "em" || n.kind === "code") {
      const inner = excerpt(n.children, budget);
      out.push({ kind: n.kind, children: inner.nodes });
      if (!inner.truncated) out.push({ kind: "text", text: "\u2026" });
    } else out.push({ kind: "text", text: "\u2026" });
    return { nodes: out, truncated: true };
  }
  return { nodes: out, truncated: false };
}
