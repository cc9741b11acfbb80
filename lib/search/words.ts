// Text to search words, with no search library attached: the snippet highlighter in every page's
// bundle uses it, and the search engine loads only when someone searches.

/** Longer "words" (hashes, base64) are not indexed or searched. */
export const MAX_WORD_LENGTH = 40;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

/**
 * Text to search words: NFKD, no diacritics, lower case, letters and digits only. Hyphenated
 * words give their parts ("mixture-of-experts" -> mixture, of, experts); each CJK character is a
 * word of its own, since CJK text has no spaces. A power typed with a caret ("S^3") is one word, as
 * "S³" is.
 */
export function toWords(text: string): string[] {
  const out: string[] = [];
  // A power typed with a caret is the letter and its superscript: "S^3" and "S^{3}" are "S³" (s3).
  const norm = text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/(?<=\p{L})\^\{?(\p{N}+)\}?/gu, "$1");
  for (const m of norm.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (CJK.test(w)) {
      for (const ch of w) out.push(ch);
    } else if (w.length <= MAX_WORD_LENGTH) {
      out.push(w);
    }
  }
  return out;
}

