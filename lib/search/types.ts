// The files of the static search index. Written by build-index.ts, read by engine.ts.

export type Manifest = {
  version: 3;
  /** Documents; a document's number is its position in papers sorted by id. */
  count: number;
  chunkSize: number;
  /** Posting shard keys (s/<key>.json): a word's shard is the longest key that is a prefix of it. */
  shards: string[];
  /** Phrase shard keys (p/<key>.json), found the same way from a pair's rarer word. */
  phraseShards: string[];
  /** Topics with the terms that name them (as search words, one space apart). */
  topics: { id: string; title: string; terms: string[] }[];
  acronyms: { short: string; long: string[] }[];
};

/** The vocabulary: every word with its document frequency, sorted by word. */
export type Vocabulary = [string, number][];

/** Postings of words (or word pairs), packed by packPostings in options.ts. */
export type Postings = Record<string, number[]>;

/** Each word with its papers and its BM25F impact level in each. */
export type WordShard = { words: Postings };

/**
 * Word pairs side by side in a paper ("mixture_of"), for exact phrases and proximity. A pair lives
 * in the shard of its rarer word, so the pairs of common words ("of", "model") spread over the
 * shards of the words they stand next to instead of making one shard every query loads.
 */
export type PhraseShard = { pairs: Postings };

/** What a result shows before its abstract arrives: one card per document, in document order. */
export type ResultCard = {
  doc: number;
  id: string;
  title: string;
  titleInferred: boolean;
  topics: string[];
  date: string | null;
  upvotes: number | null;
  authorCount: number | null;
};

/**
 * Columns over every document, loaded on first use: the result cards, and what filters and sorts
 * read for every match. Dates as YYYYMMDD (0 unknown), upvotes and authorCount -1 when unknown,
 * topics as positions in Manifest.topics, titleInferred as the documents whose title was inferred.
 */
export type MetaData = {
  /** Ids, only for the papers whose id is not the slug of their title (most are: see lib/slug.ts). */
  idNotSlug: Record<number, string>;
  title: string[];
  titleInferred: number[];
  date: number[];
  upvotes: number[];
  authorCount: number[];
  topics: number[][];
};

/** An abstract chunk (d/<n>.json): the abstracts of Manifest.chunkSize consecutive documents, for snippets. */
export type AbstractChunk = string[];
