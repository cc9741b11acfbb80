// Abstract text -> a small tree of typed nodes, rendered by components/abstract-text.tsx.
// Pure data out; the only HTML produced here is KaTeX's, built at build time. Plain text and
// excerpts of the result: lib/abstract-excerpt.ts.
//
//   "we propose $S^3$, code at~\url{https://github.com/a/b}." ->
//   [text "we propose ", math "S^3", text ", code at ", link "https://github.com/a/b", text "."]
//
// Understood: inline math $...$ and \(...\) (display $$...$$), \textbf \emph \textit \texttt \url,
// {\bf ..} {\it ..} {\em ..} {\tt ..}, TeX quotes (`` '' and `...'), escaped \% \& \$ \_ \# \{ \},
// a tie before a command (~\url), and bare http(s) URLs. Everything else is kept as literal text.
import katex from "katex";
import { trimUrl, URL_RE } from "./links";
import { hasBidi, stripBidi } from "./text-hygiene";

export type AbstractNode =
  | { kind: "text"; text: string }
  | { kind: "math"; tex: string; html: string; display: boolean }
  | { kind: "link"; href: string; text: string }
  | { kind: "strong" | "em" | "code"; children: AbstractNode[] };

/** A formula longer than this is not math but a stray pair of dollars. */
export const MAX_MATH_LENGTH = 300;
/** Sizes (\rule, \kern, ...) are capped at this many em. */
const KATEX_MAX_SIZE = 2;
/** Macro expansions per formula: stops \def loops. */
const KATEX_MAX_EXPAND = 200;
/** Formatting groups nest at most this deep; deeper ones are shown literally. */
const MAX_DEPTH = 6;

// The ingest's URL pattern (lib/links.ts), anchored at the current position.
const URL_AT = new RegExp(URL_RE.source, "iy");
const COMMAND_AT = /\\([a-zA-Z]+)/y;
const ESCAPED = new Set(["%", "&", "$", "_", "#", "{", "}"]);
const GROUP_COMMANDS: Record<string, "strong" | "em" | "code"> = {
  textbf: "strong",
  emph: "em",
  textit: "em",
  texttt: "code",
};
const SWITCHES: Record<string, "strong" | "em" | "code"> = { bf: "strong", it: "em", em: "em", tt: "code" };

/** KaTeX HTML for a formula, or null when KaTeX rejects it or it asks for a trusted command. */
export function renderMath(tex: string, display = false): string | null {
  if (tex.trim() === "" || tex.length > MAX_MATH_LENGTH) return null;
  let untrusted = false;
  try {
    const html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      strict: "ignore",
      maxSize: KATEX_MAX_SIZE,
      maxExpand: KATEX_MAX_EXPAND,
      output: "htmlAndMathml",
      // \href, \url, \includegraphics, \htmlClass...: the formula is shown as its source instead.
      trust: () => {
        untrusted = true;
        return false;
      },
    });
    return untrusted ? null : html;
  } catch {
    return null;
  }
}

/** An http(s) URL with a dotted host, or null. */
export function safeHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname.includes(".")) return null;
  // A host written in other letters than ASCII may imitate another ("аpple.com" with a Cyrillic
  // "а"): such an address is shown as text, never as a link that reads like the one it imitates.
  if (/[^\x00-\x7f]/.test(/^[a-z]+:\/\/([^/?#]*)/i.exec(candidate)?.[1] ?? "")) return null;
  return candidate;
}

/** Index of the "}" closing the "{" at `open`, skipping escaped braces; -1 when unbalanced. */
function closingBrace(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/** End of inline math opened by "$" at `open` (Pandoc's rule), or -1. "$5 and $10" is not math. */
function closingDollar(src: string, open: number): number {
  const first = src[open + 1];
  if (first === undefined || /\s/.test(first)) return -1;
  const limit = Math.min(src.length, open + 2 + MAX_MATH_LENGTH);
  for (let i = open + 1; i < limit; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "$") {
      if (/\s/.test(src[i - 1]!) || /\d/.test(src[i + 1] ?? "")) return -1;
      return i;
    }
  }
  return -1;
}

/** The "'" closing a `single quote' opened at `open`, before any other backtick; or -1. */
function closingQuote(src: string, open: number): number {
  const limit = Math.min(src.length, open + 200);
  for (let i = open + 1; i < limit; i++) {
    if (src[i] === "`") return -1;
    if (src[i] === "'" && !/\p{L}/u.test(src[i + 1] ?? "")) return i > open + 1 ? i : -1;
  }
  return -1;
}

class Builder {
  readonly nodes: AbstractNode[] = [];
  /** Bidi controls are dropped: they would show the text in another order than it reads. */
  text(raw: string) {
    const s = stripBidi(raw);
    const last = this.nodes.at(-1);
    if (last?.kind === "text") last.text += s;
    else if (s !== "") this.nodes.push({ kind: "text", text: s });
  }
  push(node: AbstractNode) {
    if (node.kind === "text") this.text(node.text);
    else this.nodes.push(node);
  }
}

function mathOrSource(out: Builder, tex: string, source: string, display: boolean) {
  const html = renderMath(tex, display);
  if (html === null) out.text(source);
  else out.push({ kind: "math", tex, html, display });
}

/** Parse one run of abstract text into nodes. */
export function renderInline(src: string, depth = 0): AbstractNode[] {
  const out = new Builder();
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];

    if (c === "\\") {
      if (next !== undefined && ESCAPED.has(next)) {
        out.text(next);
        i += 2;
        continue;
      }
      if (next === "(") {
        const end = src.indexOf("\\)", i + 2);
        if (end !== -1 && end - i - 2 <= MAX_MATH_LENGTH) {
          mathOrSource(out, src.slice(i + 2, end).trim(), src.slice(i, end + 2), false);
          i = end + 2;
          continue;
        }
      }
      COMMAND_AT.lastIndex = i;
      const command = COMMAND_AT.exec(src);
      if (command) {
        const name = command[1]!;
        const open = i + command[0].length;
        const close = src[open] === "{" ? closingBrace(src, open) : -1;
        if (close !== -1 && name === "url") {
          const raw = src.slice(open + 1, close).trim();
          const href = hasBidi(raw) ? null : safeHref(raw);
          out.push(href ? { kind: "link", href, text: raw } : { kind: "text", text: raw });
          i = close + 1;
          continue;
        }
        const kind = GROUP_COMMANDS[name];
        if (close !== -1 && kind && depth < MAX_DEPTH) {
          out.push({ kind, children: renderInline(src.slice(open + 1, close), depth + 1) });
          i = close + 1;
          continue;
        }
        out.text(command[0]); // not understood: literal
        i = open;
        continue;
      }
      out.text(c);
      i++;
      continue;
    }

    if (c === "{" && next === "\\") {
      const m = /^\{\\(bf|it|em|tt)(?![a-zA-Z])\s*/.exec(src.slice(i, i + 8));
      const close = m ? closingBrace(src, i) : -1;
      if (m && close !== -1 && depth < MAX_DEPTH) {
        out.push({ kind: SWITCHES[m[1]!]!, children: renderInline(src.slice(i + m[0].length, close), depth + 1) });
        i = close + 1;
        continue;
      }
    }

    if (c === "$") {
      if (next === "$") {
        const end = src.indexOf("$$", i + 2);
        if (end > i + 2 && end - i - 2 <= MAX_MATH_LENGTH) {
          mathOrSource(out, src.slice(i + 2, end), src.slice(i, end + 2), true);
          i = end + 2;
          continue;
        }
        out.text("$$");
        i += 2;
        continue;
      }
      const end = closingDollar(src, i);
      if (end !== -1) {
        mathOrSource(out, src.slice(i + 1, end), src.slice(i, end + 1), false);
        i = end + 1;
        continue;
      }
      out.text("$"); // a lone dollar: currency
      i++;
      continue;
    }

    if (c === "`") {
      if (next === "`") {
        out.text("\u201c");
        i += 2;
        continue;
      }
      const end = closingQuote(src, i);
      if (end !== -1 && depth < MAX_DEPTH) {
        out.text("\u2018");
        for (const n of renderInline(src.slice(i + 1, end), depth + 1)) out.push(n);
        out.text("\u2019");
        i = end + 1;
        continue;
      }
    }

    if (c === "'" && next === "'") {
      out.text("\u201d");
      i += 2;
      continue;
    }

    if (c === "~" && next === "\\") {
      out.text(" ");
      i++;
      continue;
    }

    if ((c === "h" || c === "H") && !/[\p{L}\p{N}]/u.test(src[i - 1] ?? "")) {
      URL_AT.lastIndex = i;
      const m = URL_AT.exec(src);
      if (m) {
        const raw = trimUrl(m[0]);
        const href = safeHref(raw);
        if (href) {
          // A URL holding a bidi control ("…/\u202Egnp.exe" shows as "…/exe.png") is shown as text, in its real order.
          out.push(hasBidi(raw) ? { kind: "text", text: raw } : { kind: "link", href, text: raw });
          i += raw.length;
          continue;
        }
      }
    }

    out.text(c);
    i++;
  }
  return out.nodes;
}

/** An abstract as paragraphs of nodes (paragraphs are separated by blank lines). */
export function renderAbstract(abstract: string): AbstractNode[][] {
  return abstract
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "")
    .map((p) => renderInline(p));
}
