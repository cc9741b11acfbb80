// Query text to what to look for. Pure; shared by the browser and the relevance tests.
//   sparse autoenc          -> words [sparse, autoenc], the last one unfinished (prefix)
//   "mixture of experts" moe -> phrase [mixture, of, experts] + word [moe]
import { MAX_QUERY_WORDS, QUERY_STOPWORDS, toWords } from "./options";

/** No query is read past this many characters. */
export const MAX_QUERY_LENGTH = 500;

export type ParsedQuery = {
  /** Free words, stop words removed (unless nothing else is left). */
  words: string[];
  /** Exact phrases from "double quotes", as words; every result must contain each. */
  phrases: string[][];
  /** True when the last free word may be unfinished (the query does not end in a space). */
  lastIsPrefix: boolean;
  /** Every free word in order, stop words included: papers holding neighbours side by side rank higher. */
  sequence: string[];
  /** True when the last word is joined to the one before it ("gpt-4", "in-context"): they go together. */
  lastJoined: boolean;
};

export function parseQuery(input: string): ParsedQuery {
  // A power typed with a caret is the letter and its superscript: "S^3" and "S^{3}" are "S³" (s3).
  const text = input
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/(?<=\p{L})\^\{?(\p{N}+)\}?/gu, "$1");
  const phrases: string[][] = [];
  const rest = text.replace(/"([^"]*)"?/g, (_, inner: string) => {
    const words = toWords(inner).slice(0, MAX_QUERY_WORDS);
    if (words.length > 0) phrases.push(words);
    return " ";
  });
  const all = toWords(rest);
  const content = all.filter((w) => !QUERY_STOPWORDS.has(w));
  const words = (content.length > 0 || phrases.length > 0 ? content : all).slice(0, MAX_QUERY_WORDS);
  const lastIsPrefix = words.length > 0 && /[\p{L}\p{N}]$/u.test(rest.trimStart()) && all.at(-1) === words.at(-1);
  const lastJoined = all.length <= MAX_QUERY_WORDS && toWords(rest.trimEnd().split(/\s+/).at(-1) ?? "").length > 1;
  return { words, phrases, lastIsPrefix, sequence: all.slice(0, MAX_QUERY_WORDS), lastJoined };
}

/** True when a and b differ by at most one inserted, deleted, replaced or swapped character. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // one replacement, or one swap of neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * True when `word` starts one inserted, deleted, replaced or swapped character away from `prefix`:
 * the unfinished "autoencdo" may become "autoencoder".
 */
export function startsWithinOneEdit(prefix: string, word: string): boolean {
  const n = prefix.length;
  return withinOneEdit(prefix, word.slice(0, n)) || withinOneEdit(prefix, word.slice(0, n - 1)) || withinOneEdit(prefix, word.slice(0, n + 1));
}
