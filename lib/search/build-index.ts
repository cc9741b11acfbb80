// Build the static search index from the paper records:
//   manifest.json  what exists: shard keys, topics, acronyms
//   vocab.json     every word with its document frequency          (loaded on first use)
//   meta.json      filter and sort columns for every paper          (loaded when a filter is used)
//   c/<n>.json     result cards, CARD_CHUNK_SIZE papers a file      (for the first results shown)
//   k/<n>.json     every result card, CARD_PART_SIZE papers a file   (when idle after the first results)
//   s/<key>.json   postings of the words starting with <key>, each paper with the word's BM25F impact
//   p/<key>.json   word pairs side by side, for phrases and proximity, by their rarer word
//   d/<n>.json     abstracts, DOC_CHUNK_SIZE papers a file, for snippets
//   i/<key>.json   papers by arXiv id and DOI, for a search that names one paper
// A query fetches only the shards of its words and the abstract chunks of the results it shows.
import { readerText } from "../abstract-excerpt";
import { idKey, searchIds } from "../paper-ids";
import { definedAcronyms } from "./defined-acronyms";
import type { Acronyms, PaperRecord, TopicRecord } from "../schema";
import { slugify } from "../slug";
import {
  ABSTRACT_B,
  bigram,
  CARD_CHUNK_SIZE,
  CARD_PART_SIZE,
  DOC_CHUNK_SIZE,
  IMPACT_BITS,
  impactLevel,
  isIndexedWord,
  MAX_SHARD_KEY_LENGTH,
  OPENING_WEIGHT,
  OPENING_WORDS,
  QUERY_STOPWORDS,
  rarerWord,
  SHARD_KEY_LENGTH,
  SHARD_POSTINGS,
  shardKey,
  TITLE_B,
  toWords,
  packPostings,
} from "./options";
import type { AbstractChunk, CardChunk, CardRow, Manifest, MetaData, PhraseShard, Postings, Vocabulary, WordShard } from "./types";

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

/** Counts of each item. */
function counts<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Postings grouped by shard, words in order: each word's papers (ascending) with their data. */
function shardPostings(entries: Map<string, { docs: number[]; data: number[] }>, shardOf: (word: string) => string, bits: number): Map<string, Postings> {
  const shards = new Map<string, Postings>();
  for (const word of [...entries.keys()].sort()) {
    const key = shardOf(word);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    const { docs, data } = entries.get(word)!;
    shard[word] = packPostings(docs, data, bits);
  }
  return shards;
}

export type SearchFiles = Map<string, unknown>;

export async function buildSearchIndex(papers: PaperRecord[], topics: TopicRecord[], acronyms: Acronyms): Promise<SearchFiles> {
  const docs = [...papers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const titles = docs.map((p) => toWords(p.title).filter(isIndexedWord));
  // Abstracts as a reader sees them: markup ("\\textbf{BitStack}") is neither a word nor in a snippet.
  const texts = docs.map((p) => readerText(p.abstract));
  const abstracts = texts.map((t) => toWords(t).filter(isIndexedWord));
  const files: SearchFiles = new Map();

  // Each word's papers with its BM25F impact there (see impactLevel), papers in ascending order.
  const mean = (lists: string[][]) => Math.max(1, lists.reduce((s, l) => s + l.length, 0) / Math.max(1, lists.length));
  const titleMean = mean(titles);
  const abstractMean = mean(abstracts);
  const entries = new Map<string, { docs: number[]; data: number[] }>();
  docs.forEach((_, doc) => {
    const inTitle = counts(titles[doc]!);
    // The opening words of an abstract state what the paper is about; a word there counts more
    // than the same word in passing further on (OPENING_WORDS, OPENING_WEIGHT).
    const inAbstract = counts(abstracts[doc]!);
    for (const w of abstracts[doc]!.slice(0, OPENING_WORDS)) inAbstract.set(w, inAbstract.get(w)! + OPENING_WEIGHT);
    const titleNorm = 1 - TITLE_B + (TITLE_B * titles[doc]!.length) / titleMean;
    const abstractNorm = 1 - ABSTRACT_B + (ABSTRACT_B * abstracts[doc]!.length) / abstractMean;
    for (const w of new Set([...inTitle.keys(), ...inAbstract.keys()])) {
      let e = entries.get(w);
      if (!e) entries.set(w, (e = { docs: [], data: [] }));
      e.docs.push(doc);
      e.data.push(impactLevel(inTitle.get(w) ?? 0, titleNorm, inAbstract.get(w) ?? 0, abstractNorm));
    }
  });
  const df = new Map([...entries].map(([w, e]) => [w, e.docs.length]));

  const plan = planShards(new Map([...df].filter(([w]) => !QUERY_STOPWORDS.has(w))));
  // Stop words keep their document frequency (word pairs are filed by it) but no postings: a query
  // never searches them alone.
  const searched = new Map([...entries].filter(([w]) => !QUERY_STOPWORDS.has(w)));
  const wordShards = shardPostings(searched, (w) => plan.get(w)!, IMPACT_BITS);
  const shardKeys = [...wordShards.keys()].sort();
  for (const key of shardKeys) {
    const shard: WordShard = { words: wordShards.get(key)! };
    files.set(`s/${key}.json`, shard);
  }

  // Word pairs, each in the shard of its rarer word, planned like the postings; one bit says
  // whether the pair is in the title.
  const pairWord = (a: string, b: string) => rarerWord(a, df.get(a)!, b, df.get(b)!);
  const pairEntries = new Map<string, { docs: number[]; data: number[] }>();
  const pairCounts = new Map<string, number>();
  docs.forEach((_, doc) => {
    const found = new Map<string, number>();
    [titles[doc]!, abstracts[doc]!].forEach((f, field) => {
      for (let i = 1; i < f.length; i++) {
        const token = bigram(f[i - 1]!, f[i]!);
        found.set(token, Math.max(found.get(token) ?? 0, field === 0 ? 1 : 0));
      }
    });
    for (const [token, inTitle] of found) {
      let e = pairEntries.get(token);
      if (!e) pairEntries.set(token, (e = { docs: [], data: [] }));
      e.docs.push(doc);
      e.data.push(inTitle);
      const [a, b] = token.split("_") as [string, string];
      const key = pairWord(a, b);
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    }
  });
  const pairPlan = planShards(pairCounts);
  const pairShards = shardPostings(pairEntries, (token) => {
    const [a, b] = token.split("_") as [string, string];
    return pairPlan.get(pairWord(a, b))!;
  }, 1);
  const phraseKeys = [...pairShards.keys()].sort();
  for (const key of phraseKeys) {
    const shard: PhraseShard = { pairs: pairShards.get(key)! };
    files.set(`p/${key}.json`, shard);
  }

  const vocab: Vocabulary = [...df].sort((x, y) => (x[0] < y[0] ? -1 : 1));
  files.set("vocab.json", vocab);

  for (let start = 0; start < docs.length; start += DOC_CHUNK_SIZE) {
    const chunk: AbstractChunk = texts.slice(start, start + DOC_CHUNK_SIZE);
    files.set(`d/${start / DOC_CHUNK_SIZE}.json`, chunk);
  }

  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  const dates = docs.map((p) => (p.date ? Number(p.date.replace(/-/g, "")) : 0));
  const topicsOf = docs.map((p) => p.topics.flatMap((t) => (topicIndex.has(t.id) ? [topicIndex.get(t.id)!] : [])));
  const meta: MetaData = { date: dates, upvotes: docs.map((p) => p.upvotes ?? -1), topics: topicsOf };
  files.set("meta.json", meta);
  const cards: CardChunk = docs.map((p, doc): CardRow => {
    const row: CardRow = [p.title, dates[doc]!, p.upvotes ?? -1, p.authorCount ?? -1, topicsOf[doc]!, p.titleInferred ? 1 : 0];
    if (p.id !== slugify(p.title)) row.push(p.id);
    return row;
  });
  for (let start = 0; start < docs.length; start += CARD_CHUNK_SIZE) files.set(`c/${start / CARD_CHUNK_SIZE}.json`, cards.slice(start, start + CARD_CHUNK_SIZE));
  for (let start = 0; start < docs.length; start += CARD_PART_SIZE) files.set(`k/${start / CARD_PART_SIZE}.json`, cards.slice(start, start + CARD_PART_SIZE));

  // Papers by the ids they are cited by (arXiv, DOI), in files by idKey: a search that names a
  // paper reads one file, and no id weighs on the vocabulary every search loads.
  const idFiles = new Map<string, Record<string, number[]>>();
  docs.forEach((p, doc) => {
    for (const id of searchIds(p)) {
      const file = idFiles.get(idKey(id)) ?? idFiles.set(idKey(id), {}).get(idKey(id))!;
      (file[id] ??= []).push(doc);
    }
  });
  for (const [key, ids] of idFiles) files.set(`i/${key}.json`, ids);

  const manifest: Manifest = {
    version: 4,
    count: docs.length,
    chunkSize: DOC_CHUNK_SIZE,
    cardChunkSize: CARD_CHUNK_SIZE,
    cardPartSize: CARD_PART_SIZE,
    shards: shardKeys,
    phraseShards: phraseKeys,
    topics: topics.map((t) => ({ id: t.id, title: t.title, terms: [...new Set(t.terms.map((x) => toWords(x.term).join(" ")))].filter(Boolean) })),
    // The curated acronyms, then those the papers define themselves.
    acronyms: [...acronyms.acronyms, ...definedAcronyms(texts, acronyms.acronyms)],
    idFiles: [...idFiles.keys()].sort(),
  };
  files.set("manifest.json", manifest);
  return files;
}
