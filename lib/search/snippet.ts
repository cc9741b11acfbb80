// Highlighted text for search results, as segments for the UI to render as text nodes and
// <mark> elements - never as HTML.
//   makeSnippet("We study sparse autoencoders ...", new Set(["sparse"]))
//   -> [{ text: "We study ", hit: false }, { text: "sparse", hit: true }, { text: " autoencoders ...", hit: false }]
import { MAX_WORD_LENGTH, toWords } from "./words";

export type Segment = { text: string; hit: boolean };

const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[A-Za-z0-9]+$/;

/** The search form of one word of text, as toWords gives it, without its work for plain ASCII words. */
function searchForm(word: string): string | undefined {
  if (PLAIN.test(word)) return word.length <= MAX_WORD_LENGTH ? word.toLowerCase() : undefined;
  return toWords(word)[0];
}

/** Split text into segments, marking the words whose search form is in `words`. */
export function highlight(text: string, words: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const form = searchForm(m[0]);
    if (form === undefined || !words.has(form)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}

/**
 * The part of an abstract around its first match, at most `length` characters, cut at word
 * boundaries, with an ellipsis where text was left out.
 */
export function makeSnippet(text: string, words: ReadonlySet<string>, length = 240): Segment[] {
  if (text.length <= length) return highlight(text, words);
  let first = -1;
  for (const m of text.matchAll(WORD)) {
    const form = searchForm(m[0]);
    if (form !== undefined && words.has(form)) {
      first = m.index;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 4));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const segments = highlight(text.slice(start, end), words);
  if (start > 0) segments.unshift({ text: "… ", hit: false });
  if (end < text.length) segments.push({ text: " …", hit: false });
  return segments;
}
