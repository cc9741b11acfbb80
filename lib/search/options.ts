// Search options shared by the index build (Node) and the browser: how text becomes words, how
// words are stemmed and sharded, the FlexSearch options, and the ranking weights. FlexSearch's
// export only round-trips with identical options, so they live here and nowhere else.
import { Encoder, Index } from "flexsearch";
import { stem as porter2 } from "porter2";

export { toWords } from "./words";

/** A title match counts this many times an abstract match (arxiv-sanity style, simple and visible). */
export const TITLE_WEIGHT = 3;
export const ABSTRACT_WEIGHT = 1;
/** Two query words found side by side in a paper add this much of their mean idf. */
export const PROXIMITY_WEIGHT = 2;
/** Candidate words found by word form, prefix, typo or acronym count less than the word typed. */
export const STEM_WEIGHT = 0.95;
export const PREFIX_WEIGHT = 0.85;
export const TYPO_WEIGHT = 0.7;
export const ACRONYM_WEIGHT = 0.9;
/**
 * At most this many completions of an unfinished word, most frequent first: 6 for three letters,
 * 12 for four, 24 from five. Three letters say little yet ("con"), and each completion may need
 * another shard fetched while the person types.
 */
export const MAX_PREFIX_EXPANSIONS = 24;
export const prefixExpansions = (length: number): number => Math.min(MAX_PREFIX_EXPANSIONS, 6 * 2 ** Math.max(0, length - 3));
/** Unfinished words shorter than this are not completed: "s" would match half the catalog. */
export const MIN_PREFIX_LENGTH = 3;
/** Words of at least this length tolerate one wrong, missing, extra or swapped letter. */
export const TYPO_MIN_LENGTH = 5;
/** Longer queries are cut: nobody types more, and the cost stays bounded. */
export const MAX_QUERY_WORDS = 24;
/** Abstracts per chunk file: the snippets of a page of results fetch only the chunks they need. */
export const DOC_CHUNK_SIZE = 8;
/**
 * Postings are sharded by the first characters of their words: by two, and a group with more than
 * SHARD_POSTINGS postings is split by one more character, and so on, so a shard stays small at any
 * catalog size. The vocabulary (every word and its document frequency) is one file, loaded on first
 * use: completions and typo candidates need no request, and it tells which shard to fetch next.
 */
export const SHARD_KEY_LENGTH = 2;
export const SHARD_POSTINGS = 16000;
export const MAX_SHARD_KEY_LENGTH = 6;
/** The vocabulary is grouped in memory by this many first characters (completions, word forms). */
export const VOCAB_KEY_LENGTH = 2;

/** Query words that carry no meaning on their own (kept inside quoted phrases). */
export const QUERY_STOPWORDS = new Set(
  "a an and are as at be by can do does for from how in into is it its of on or that the their this to via what which who why with without we our".split(" "),
);

/**
 * Porter2 (Snowball English) stem of a word: quantize, quantization -> "quantiz"; pruned, pruning ->
 * "prune". Porter2 rather than the original Porter: it keeps "generate" ("generat") apart from
 * "general", which the original joins as "gener".
 */
export function stem(word: string): string {
  return /^[a-z]+$/.test(word) && word.length > 2 ? porter2(word) : word;
}

/** A word's first characters, safe as a file name. */
export function shardKey(word: string, length: number): string {
  return [...word]
    .slice(0, length)
    .map((c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`))
    .join("");
}

export const vocabKey = (word: string): string => shardKey(word, VOCAB_KEY_LENGTH);

/** The shard a word lives in: the longest of the shard keys that is a prefix of it. */
export function resolveShard(word: string, keys: ReadonlySet<string>): string | null {
  for (let n = MAX_SHARD_KEY_LENGTH; n >= 1; n--) {
    const key = shardKey(word, n);
    if (keys.has(key)) return key;
  }
  return null;
}

/**
 * Short words ("3d", "rl", "2") are in one file loaded on first use, so the first letters of a word
 * being typed find their matches without a request. Stop words are not: they match nearly every
 * paper and are searched only on their own.
 */
export function isShortWord(word: string): boolean {
  return /^[a-z0-9]{1,2}$/.test(word) && !QUERY_STOPWORDS.has(word);
}

/** A bigram token for exact phrases: "mixture of" -> "mixture_of". */
export function bigram(a: string, b: string): string {
  return `${a}_${b}`;
}

/** The two words of a bigram token, or null for a word (words never hold "_"). */
export function splitBigram(token: string): [string, string] | null {
  const at = token.indexOf("_");
  return at < 0 ? null : [token.slice(0, at), token.slice(at + 1)];
}

/**
 * The word whose shard holds a word pair: its rarer word (by document frequency, ties by
 * code point), so common words do not gather every pair they are part of into one huge shard.
 */
export function rarerWord(a: string, dfA: number, b: string, dfB: number): string {
  return dfA < dfB || (dfA === dfB && a <= b) ? a : b;
}

/**
 * FlexSearch indexes words already normalised by toWords, one space apart: a strict tokenizer and
 * an encoder that only splits on spaces, so a word is found exactly as it was indexed. Resolution 1:
 * ranking is ours (idf and fields), so FlexSearch keeps no per-position buckets.
 */
export function createWordIndex(): Index {
  return new Index({
    tokenize: "strict",
    resolution: 1,
    encoder: new Encoder({ normalize: false, dedupe: false, split: " ", numeric: false }),
  });
}

/** Where the search files live, relative to the site root. */
export const SEARCH_DIR = "search-index";
