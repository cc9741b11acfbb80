// The files of the static search index. Written by build-index.ts, read by engine.ts.

export type Manifest = {
  version: 1;
  /** Documents; a document's number is its position in papers sorted by id. */
  count: number;
  chunkSize: number;
  /** Vocabulary shards that exist (v/<key>.json); others hold no words. */
  vocabShards: string[];
  /** Posting shards that exist (s/<key>.json). */
  shards: string[];
  /** Phrase shards that exist (p/<key>.json). */
  phraseShards: string[];
  topics: { id: string; title: string }[];
  acronyms: { short: string; long: string[] }[];
};

/** A vocabulary shard: its words with their document frequency, sorted by word. */
export type VocabShard = [string, number][];

export type WordShard = {
  /** FlexSearch exports of the title and abstract indexes. */
  title: Record<string, unknown>;
  abstract: Record<string, unknown>;
};

export type PhraseShard = { pairs: Record<string, unknown> };

/** What a result shows: one paper, in display chunks of Manifest.chunkSize. */
export type DisplayDoc = {
  id: string;
  title: string;
  titleInferred: boolean;
  abstract: string;
  topics: string[];
  date: string | null;
  upvotes: number | null;
  authorCount: number | null;
};

/** Columns for filtering and sorting every match: date as YYYYMMDD (0 unknown), upvotes (-1 unknown). */
export type MetaData = { date: number[]; upvotes: number[]; topics: number[][] };
