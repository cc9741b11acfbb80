// The files of the static search index. Written by build-index.ts, read by engine.ts.

export type Manifest = {
  version: 1;
  /** Documents; a document's number is its position in papers sorted by id. */
  count: number;
  chunkSize: number;
  /** Word shards that exist (s/<key>.json); others hold no words. */
  shards: string[];
  /** Phrase shards that exist (p/<key>.json). */
  phraseShards: string[];
  topics: { id: string; title: string }[];
  acronyms: { short: string; long: string[] }[];
};

export type WordShard = {
  /** The shard's words with their document frequency, sorted by word. */
  vocab: [string, number][];
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
