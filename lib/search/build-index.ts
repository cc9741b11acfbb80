// Build the static search index from the paper records: a small manifest, word shards (a
// FlexSearch index per field and the shard's vocabulary), phrase shards (word pairs), display
// chunks and filter metadata. A query fetches the manifest, then only the shards of its words,
// then only the display chunks of the results it shows.
import type { Acronyms, PaperRecord, TopicRecord } from "../schema";
import { bigram, createWordIndex, DOC_CHUNK_SIZE, shardKey, toWords, vocabKey } from "./options";
import type { DisplayDoc, Manifest, MetaData, PhraseShard, VocabShard, WordShard } from "./types";

type FieldIndexExport = Record<string, unknown>;

async function exportIndex(words: Map<number, string[]>): Promise<FieldIndexExport> {
  const index = createWordIndex();
  for (const [doc, list] of [...words].sort((a, b) => a[0] - b[0])) index.add(doc, list.join(" "));
  const out: FieldIndexExport = {};
  // Export hands back JSON strings; store them parsed so the shard is one JSON document.
  await index.export((key: string, data: string) => {
    out[key] = JSON.parse(data) as unknown;
  });
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Words of a field grouped by shard, then by document, in text order. */
type FieldWords = Map<string, Map<number, string[]>>;

function addField(into: FieldWords, doc: number, words: string[]) {
  for (const w of words) {
    const key = shardKey(w);
    let docs = into.get(key);
    if (!docs) into.set(key, (docs = new Map()));
    push(docs, doc, w);
  }
}

export type SearchFiles = Map<string, unknown>;

export async function buildSearchIndex(papers: PaperRecord[], topics: TopicRecord[], acronyms: Acronyms): Promise<SearchFiles> {
  const docs = [...papers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const title: FieldWords = new Map();
  const abstract: FieldWords = new Map();
  const pairs: FieldWords = new Map();
  const df = new Map<string, number>();

  docs.forEach((p, doc) => {
    const t = toWords(p.title);
    const a = toWords(p.abstract);
    addField(title, doc, t);
    addField(abstract, doc, a);
    for (const w of new Set([...t, ...a])) df.set(w, (df.get(w) ?? 0) + 1);
    for (const words of [t, a]) {
      for (let i = 0; i + 1 < words.length; i++) {
        const key = shardKey(words[i]!);
        let m = pairs.get(key);
        if (!m) pairs.set(key, (m = new Map()));
        push(m, doc, bigram(words[i]!, words[i + 1]!));
      }
    }
  });

  const files: SearchFiles = new Map();
  const shardKeys = [...new Set([...title.keys(), ...abstract.keys()])].sort();
  for (const key of shardKeys) {
    const shard: WordShard = {
      title: await exportIndex(title.get(key) ?? new Map()),
      abstract: await exportIndex(abstract.get(key) ?? new Map()),
    };
    files.set(`s/${key}.json`, shard);
  }
  const vocabByShard = new Map<string, [string, number][]>();
  for (const entry of df) push(vocabByShard, vocabKey(entry[0]), entry);
  const vocabKeys = [...vocabByShard.keys()].sort();
  for (const key of vocabKeys) {
    const vocab: VocabShard = vocabByShard.get(key)!.sort((x, y) => (x[0] < y[0] ? -1 : 1));
    files.set(`v/${key}.json`, vocab);
  }
  const phraseKeys = [...pairs.keys()].sort();
  for (const key of phraseKeys) {
    const shard: PhraseShard = { pairs: await exportIndex(pairs.get(key)!) };
    files.set(`p/${key}.json`, shard);
  }

  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  for (let start = 0; start < docs.length; start += DOC_CHUNK_SIZE) {
    const chunk: DisplayDoc[] = docs.slice(start, start + DOC_CHUNK_SIZE).map((p) => ({
      id: p.id,
      title: p.title,
      titleInferred: p.titleInferred,
      abstract: p.abstract,
      topics: p.topics.map((t) => t.id),
      date: p.date,
      upvotes: p.upvotes,
      authorCount: p.authorCount,
    }));
    files.set(`d/${start / DOC_CHUNK_SIZE}.json`, chunk);
  }

  const meta: MetaData = {
    date: docs.map((p) => (p.date ? Number(p.date.replace(/-/g, "")) : 0)),
    upvotes: docs.map((p) => p.upvotes ?? -1),
    topics: docs.map((p) => p.topics.flatMap((t) => (topicIndex.has(t.id) ? [topicIndex.get(t.id)!] : []))),
  };
  files.set("meta.json", meta);

  const manifest: Manifest = {
    version: 1,
    count: docs.length,
    chunkSize: DOC_CHUNK_SIZE,
    vocabShards: vocabKeys,
    shards: shardKeys,
    phraseShards: phraseKeys,
    topics: topics.map((t) => ({ id: t.id, title: t.title })),
    acronyms: acronyms.acronyms,
  };
  files.set("manifest.json", manifest);
  return files;
}
