// Build the static search index from the paper records:
//   manifest.json  what exists: shard keys, topics, acronyms
//   vocab.json     every word with its document frequency          (loaded on first use)
//   meta.json      result cards and filter columns for every paper  (loaded on first use)
//   short.json     postings of short words: "3d", "rl", "2"         (loaded on first use)
//   s/<key>.json   postings of the words starting with <key>: FlexSearch exports, title and abstract
//   p/<key>.json   word pairs side by side, for phrases and proximity, by their rarer word
//   d/<n>.json     abstracts, DOC_CHUNK_SIZE papers a file, for snippets
// A query fetches only the shards of its words and the abstract chunks of the results it shows.
import { readerText } from "../abstract-excerpt";
import type { Acronyms, PaperRecord, TopicRecord } from "../schema";
import { slugify } from "../slug";
import {
  bigram,
  createWordIndex,
  DOC_CHUNK_SIZE,
  isShortWord,
  MAX_SHARD_KEY_LENGTH,
  rarerWord,
  SHARD_KEY_LENGTH,
  SHARD_POSTINGS,
  shardKey,
  toWords,
} from "./options";
import type { AbstractChunk, Manifest, MetaData, PhraseShard, Vocabulary, WordShard } from "./types";

type FieldIndexExport = Record<string, unknown>;

/** Documents and, for each, its words that belong in one index, in text order. */
type DocWords = Map<number, string[]>;

async function exportIndex(words: DocWords): Promise<FieldIndexExport> {
  const index = createWordIndex();
  for (const [doc, list] of [...words].sort((a, b) => a[0] - b[0])) index.add(doc, list.join(" "));
  const out: FieldIndexExport = {};
  // Export hands back JSON strings; store them parsed so the shard is one JSON document.
  await index.export((key: string, data: string) => {
    // The register of every document id serves updates and removals, never a search: leave it out.
    if (!key.endsWith(".reg")) out[key] = JSON.parse(data) as unknown;
  });
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Shard keys for words with `counts` postings each: the first SHARD_KEY_LENGTH characters, one more
 * for a group over SHARD_POSTINGS, and so on. Every word's key is then the longest key that is a
 * prefix of it, which is how the browser finds it again (resolveShard).
 */
export function planShards(counts: ReadonlyMap<string, number>, words: string[] = [...counts.keys()], depth = SHARD_KEY_LENGTH): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const w of words) push(groups, shardKey(w, depth), w);
  const plan = new Map<string, string>();
  for (const [key, group] of groups) {
    const total = group.reduce((sum, w) => sum + counts.get(w)!, 0);
    const splits = depth < MAX_SHARD_KEY_LENGTH && group.some((w) => shardKey(w, depth + 1) !== key);
    if (total > SHARD_POSTINGS && splits) for (const [w, k] of planShards(counts, group, depth + 1)) plan.set(w, k);
    else for (const w of group) plan.set(w, key);
  }
  return plan;
}

/** The words of each document grouped by the shard they belong to. */
function byShard(docs: string[][], shardOf: (word: string) => string): Map<string, DocWords> {
  const shards = new Map<string, DocWords>();
  docs.forEach((words, doc) => {
    for (const w of words) {
      const key = shardOf(w);
      let m = shards.get(key);
      if (!m) shards.set(key, (m = new Map()));
      push(m, doc, w);
    }
  });
  return shards;
}

export type SearchFiles = Map<string, unknown>;

export async function buildSearchIndex(papers: PaperRecord[], topics: TopicRecord[], acronyms: Acronyms): Promise<SearchFiles> {
  const docs = [...papers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const titles = docs.map((p) => toWords(p.title));
  // Abstracts as a reader sees them: markup ("\\textbf{BitStack}") is neither a word nor in a snippet.
  const texts = docs.map((p) => readerText(p.abstract));
  const abstracts = texts.map((t) => toWords(t));
  const df = new Map<string, number>();
  const postings = new Map<string, number>();
  docs.forEach((_, doc) => {
    for (const w of new Set(titles[doc])) postings.set(w, (postings.get(w) ?? 0) + 1);
    for (const w of new Set(abstracts[doc])) postings.set(w, (postings.get(w) ?? 0) + 1);
    for (const w of new Set([...titles[doc]!, ...abstracts[doc]!])) df.set(w, (df.get(w) ?? 0) + 1);
  });
  const files: SearchFiles = new Map();

  const SHORT = "short";
  const plan = planShards(new Map([...postings].filter(([w]) => !isShortWord(w))));
  const shardOf = (w: string) => (isShortWord(w) ? SHORT : plan.get(w)!);
  const title = byShard(titles, shardOf);
  const abstract = byShard(abstracts, shardOf);
  const shardKeys = [...new Set([...title.keys(), ...abstract.keys()])].filter((k) => k !== SHORT).sort();
  for (const key of [SHORT, ...shardKeys]) {
    const shard: WordShard = {
      title: await exportIndex(title.get(key) ?? new Map()),
      abstract: await exportIndex(abstract.get(key) ?? new Map()),
    };
    files.set(key === SHORT ? "short.json" : `s/${key}.json`, shard);
  }

  // Word pairs, each in the shard of its rarer word, planned like the postings.
  const pairs = docs.map((_, doc) => [titles[doc]!, abstracts[doc]!].flatMap((f) => f.slice(1).map((b, i) => [f[i]!, b] as const)));
  const pairWord = (a: string, b: string) => rarerWord(a, df.get(a)!, b, df.get(b)!);
  const pairCounts = new Map<string, number>();
  for (const list of pairs) for (const [a, b] of list) pairCounts.set(pairWord(a, b), (pairCounts.get(pairWord(a, b)) ?? 0) + 1);
  const pairPlan = planShards(pairCounts);
  const pairShards = new Map<string, DocWords>();
  pairs.forEach((list, doc) => {
    for (const [a, b] of list) {
      const key = pairPlan.get(pairWord(a, b))!;
      let m = pairShards.get(key);
      if (!m) pairShards.set(key, (m = new Map()));
      push(m, doc, bigram(a, b));
    }
  });
  const phraseKeys = [...pairShards.keys()].sort();
  for (const key of phraseKeys) {
    const shard: PhraseShard = { pairs: await exportIndex(pairShards.get(key)!) };
    files.set(`p/${key}.json`, shard);
  }

  const vocab: Vocabulary = [...df].sort((x, y) => (x[0] < y[0] ? -1 : 1));
  files.set("vocab.json", vocab);

  for (let start = 0; start < docs.length; start += DOC_CHUNK_SIZE) {
    const chunk: AbstractChunk = texts.slice(start, start + DOC_CHUNK_SIZE);
    files.set(`d/${start / DOC_CHUNK_SIZE}.json`, chunk);
  }

  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  const meta: MetaData = {
    idNotSlug: Object.fromEntries(docs.flatMap((p, doc) => (p.id === slugify(p.title) ? [] : [[doc, p.id]]))),
    title: docs.map((p) => p.title),
    titleInferred: docs.flatMap((p, doc) => (p.titleInferred ? [doc] : [])),
    date: docs.map((p) => (p.date ? Number(p.date.replace(/-/g, "")) : 0)),
    upvotes: docs.map((p) => p.upvotes ?? -1),
    authorCount: docs.map((p) => p.authorCount ?? -1),
    topics: docs.map((p) => p.topics.flatMap((t) => (topicIndex.has(t.id) ? [topicIndex.get(t.id)!] : []))),
  };
  files.set("meta.json", meta);

  const manifest: Manifest = {
    version: 2,
    count: docs.length,
    chunkSize: DOC_CHUNK_SIZE,
    shards: shardKeys,
    phraseShards: phraseKeys,
    topics: topics.map((t) => ({ id: t.id, title: t.title })),
    acronyms: acronyms.acronyms,
  };
  files.set("manifest.json", manifest);
  return files;
}
