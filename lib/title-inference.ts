// Titles for abstracts that were listed without one. A researcher names such a paper by what it
// introduces - "BitStack", "GAOKAO-Eval", "AnyGPT" - so look for the name an abstract gives its
// contribution, then add a short descriptive tail from the same sentence:
//   "we introduce AnyGPT, an any-to-any multimodal language model that ..."
//     -> "AnyGPT: An any-to-any multimodal language model"
// Titles made here are marked inferred; a curator can replace them in content/corrections.json.

const MAX_TAIL_WORDS = 10;
const MAX_TITLE_LENGTH = 110;

const VERBS =
  "(?:propose|proposes|proposed|introduce|introduces|introduced|present|presents|presented|create|creates|created|develop|develops|developed|release|releases|released|build|builds|built|design|designs|designed|construct|constructs|constructed|curate|curates|curated|offer|offers|contribute|contributes|unveil|unveils)";
const SUBJECT = "(?:we|this (?:paper|work|study|report)|our (?:paper|work))";

/** A token that reads as a name: BitStack, GAOKAO-Eval, AnyGPT, Rectify-Router, S3, T5. */
const NAME_TOKEN = "(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Z][a-z]+(?:-[A-Z][A-Za-z0-9]*)+|[A-Z]{2,}[a-z]*)(?:-[A-Za-z0-9]+)*";
const NAME = `(${NAME_TOKEN}(?:[ -]${NAME_TOKEN}){0,2})`;

/** Strip the LaTeX wrappers abstracts use around names ("\\textbf{BitStack}") and math delimiters. */
export function plainText(abstract: string): string {
  return abstract
    .replace(/\\(?:textbf|textit|emph|texttt|textsc|mathrm|mathbf|text)\{([^{}]*)\}/g, "$1")
    .replace(/\\url\{[^{}]*\}/g, "")
    .replace(/`{1,2}|''/g, '"')
    .replace(/\$([^$]*)\$/g, "$1")
    .replace(/~/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(])/);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cut a descriptive phrase at the first clause boundary and at most MAX_TAIL_WORDS words. */
function tailOf(phrase: string): string {
  const cut = phrase
    .split(/[,;:.()]|\s(?:that|which|where|whereby|to (?:address|tackle|solve|mitigate|overcome)|by|via|through)\s/)[0]!
    .trim();
  const words = cut.split(/\s+/).filter(Boolean);
  let tail = words.slice(0, MAX_TAIL_WORDS).join(" ");
  // Do not end on a word that leaves the phrase hanging ("... based on the").
  tail = tail.replace(/\s+(?:a|an|the|of|for|to|and|or|in|on|with|from|by|as|at|its|their|our)$/i, "");
  return tail.replace(/^(?:a|an|the)\s+(?:novel|new|simple|general)\s*,?\s*/i, (m) => m.split(/\s+/)[0] + " ");
}

function compose(name: string | null, tail: string): string {
  const t = tail.trim();
  const title = name ? (t ? `${name}: ${capitalize(t)}` : name) : capitalize(t);
  return title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH).replace(/\s+\S*$/, "")}...`;
}

/** Derive a readable title from an abstract. Always returns a non-empty string. */
export function inferTitle(abstract: string): string {
  const text = plainText(abstract);
  const all = sentences(text);

  for (const s of all) {
    // "we introduce AnyGPT, an any-to-any multimodal language model that ..."
    let m = new RegExp(`\\b${SUBJECT}\\s+(?:also\\s+)?${VERBS}\\s+(?:the\\s+)?${NAME},?\\s+(?:(?:a|an|the)\\s+)?(.*)`, "").exec(s);
    if (m && isName(m[1]!)) return compose(m[1]!, descriptive(m[2]!));
    // "we introduce Chunked Instruction-aware State Eviction (CItruS), a novel modeling technique"
    m = new RegExp(`\\b${SUBJECT}\\s+${VERBS}\\s+(?:the\\s+|a\\s+|an\\s+)?([A-Z][\\w-]*(?:\\s+[\\w-]+){0,7}?)\\s+\\(${NAME}\\)`, "").exec(s);
    if (m && isName(m[2]!)) return compose(m[2]!, m[1]!);
    // "a novel approach termed Data-free Joint Rank-k Approximation for compressing ..."
    m = /\b(?:termed|called|named|dubbed)\s+(?:as\s+)?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*|\s+[a-z]+-[\w-]+){0,6})/.exec(s);
    if (m && /\b(?:we|our|this)\b/i.test(s)) return compose(m[1]!, descriptive(s.slice(m.index + m[0].length)));
    // "..., which we refer to as the data mixing laws."
    m = /\bwhich we (?:refer to as|call|term|dub|name)\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+){0,4})/i.exec(s);
    if (m) return compose(titleCase(m[1]!), tailOf(s.slice(0, m.index).replace(/^.*?\b(?:we|this paper)\s+\w+\s+(?:the\s+)?/i, "")));
  }
  // A contribution without a name: "we propose a novel denoising objective that ..."
  for (const s of all) {
    const m = new RegExp(`\\b${SUBJECT}\\s+(?:also\\s+)?${VERBS}\\s+(.*)`, "").exec(s);
    if (m) {
      const tail = tailOf(m[1]!);
      if (tail.split(/\s+/).length >= 3) return compose(null, tail);
    }
  }
  return compose(null, tailOf(all[0] ?? text) || text.slice(0, 80) || "Untitled abstract");
}

function isName(candidate: string): boolean {
  return !/^(?:We|This|Our|The|A|An|In|To|LLM|LLMs)$/.test(candidate);
}

/** The descriptive phrase after a name, without filler like "a novel,". */
function descriptive(rest: string): string {
  const cleaned = rest.replace(/^(?:a|an|the)\s+/i, "").replace(/^(?:novel|new|simple),?\s+/i, "").replace(/^(?:and\s+)?(?:novel|new),?\s+/i, "");
  return tailOf(cleaned);
}

function titleCase(phrase: string): string {
  return phrase.replace(/\b([a-z])/g, (c) => c.toUpperCase());
}
