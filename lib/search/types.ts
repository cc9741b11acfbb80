// The files of the static search index. Written by build-index.ts, read by engine.ts.

export type Manifest = {
  version: 4;
  /** Documents; a document's number is its position in papers sorted by id. */
  count: number;
  chunkSize: number;
  /** Result cards per c/<n>.json file. */
  cardChunkSize: number;
  /** Result cards per k/<n>.json file: every card, loaded part by part once results are shown. */
  cardPartSize: number;
  /** Posting shard keys (s/<key>.json): a word's shard is the longest key that is a prefix of it. */
  shards: string[];
  /** Phrase shard keys (p/<key>.json), found the same way from a pair's rarer word. */
  phraseShards: string[];
  /** Topics with the terms that name them (as search words, one space apart). */
  topics: { id: string; title: string; terms: string[] }[];
  acronyms: { short: string; long: string[] }[];
  /** Id file keys (i/<key>.json): papers by arXiv id and DOI (lib/paper-ids.ts idKey). */
  idFiles: string[];
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
 * A result card as stored, CARD_CHUNK_SIZE consecutive documents a file (c/<n>.json): title, date as
 * YYYYMMDD (0 unknown), upvotes and author count (-1 unknown), topics as positions in
 * Manifest.topics, 1 when the title was inferred, and the id when it is not the slug of the title
 * (most are: see lib/slug.ts).
 */
export type CardRow = [title: string, date: number, upvotes: number, authorCount: number, topics: number[], inferred: 0 | 1, id?: string];
export type CardChunk = CardRow[];

/**
 * Columns over every document for the topic and year filters, the sorts and the facet counts,
 * loaded when one is used (or in the background once results are shown): dates as YYYYMMDD (0
 * unknown), upvotes -1 when unknown, topics as positions in Manifest.topics.
 */
export type MetaData = {
  date: number[];
  upvotes: number[];
  topics: number[][];
};

/** An abstract chunk (d/<n>.json): the abstracts of Manifest.chunkSize consecutive documents, for snippets. */
export type AbstractChunk = string[];
