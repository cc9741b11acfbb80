// Search options shared by the index build (Node) and the browser: how text becomes words, how
// words are stemmed and sharded, the FlexSearch options, and the ranking weights. FlexSearch's
// export only round-trips with identical options, so they live here and nowhere else.
import { Encoder, Index } from "flexsearch";
import { stemmer } from "stemmer";

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
/** At most this many completions of an unfinished word, most frequent first. */
export const MAX_PREFIX_EXPANSIONS = 24;
/** Unfinished words shorter than this are not completed: "s" would match half the catalog. */
export const MIN_PREFIX_LENGTH = 3;
/** Words of at least this length tolerate one wrong, missing, extra or swapped letter. */
export const TYPO_MIN_LENGTH = 5;
/** Longer queries are cut: nobody types more, and the cost stays bounded. */
export const MAX_QUERY_WORDS = 24;
/** Documents per display chunk: a page of results fetches only the chunks it shows. */
export const DOC_CHUNK_SIZE = 8;
/**
 * Words are sharded by their first characters, so a query fetches only its words' shards: the
 * vocabulary (words and their document frequency, for completions and typo candidates) by the
 * first two, the postings (FlexSearch indexes) by the first three.
 */
export const VOCAB_KEY_LENGTH = 2;
export const POSTING_KEY_LENGTH = 3;

/** Query words that carry no meaning on their own (kept inside quoted phrases). */
export const QUERY_STOPWORDS = new Set(
  "a an and are as at be by can do does for from how in into is it its of on or that the their this to via what which who why with without we our".split(" "),
);

/** Porter stem of a word: quantize, quantization -> "quantiz"; pruned, pruning -> "prune". */
export function stem(word: string): string {
  return /^[a-z]+$/.test(word) && word.length > 2 ? stemmer(word) : word;
}

/** The shard a word lives in: its first characters, safe as a file name. */
export function shardKey(word: string, length: number = POSTING_KEY_LENGTH): string {
  return [...word]
    .slice(0, length)
    .map((c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`))
    .join("");
}

export const vocabKey = (word: string): string => shardKey(word, VOCAB_KEY_LENGTH);

/** A bigram token for exact phrases: "mixture of" -> "mixture_of". */
export function bigram(a: string, b: string): string {
  return `${a}_${b}`;
}

/**
 * FlexSearch indexes words already normalised by toWords, one space apart: a strict tokenizer and
 * an encoder that only splits on spaces, so a word is found exactly as it was indexed.
 */
export function createWordIndex(): Index {
  return new Index({
    tokenize: "strict",
    resolution: 9,
    encoder: new Encoder({ normalize: false, dedupe: false, split: " ", numeric: false }),
  });
}

/** Where the search files live, relative to the site root. */
export const SEARCH_DIR = "search-index";
