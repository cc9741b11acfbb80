// Text to search words, with no search library attached: the snippet highlighter in every page's
// bundle uses it, and the search engine loads only when someone searches.

/** Longer "words" (hashes, base64) are not indexed or searched. */
export const MAX_WORD_LENGTH = 40;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

/**
 * Text to search words: NFKD, no diacritics, lower case, letters and digits only. Hyphenated
 * words give their parts ("mixture-of-experts" -> mixture, of, experts); each CJK character is a
 * word of its own, since CJK text has no spaces.
 */
export function toWords(text: string): string[] {
  const out: string[] = [];
  const norm = text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
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

