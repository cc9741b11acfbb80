// The search engine over the static index: loads shards on demand and ranks papers.
// FlexSearch answers "which papers hold this word, in the title or the abstract"; the query
// handling around it decides which words to ask for (the word typed, its word forms, completions
// of an unfinished word, typo candidates, acronym expansions) and how to rank:
//   - papers matching every part of the query rank above papers matching some;
//   - then by the sum over query parts of idf x field weight (title x3) x how close the word is.
import type { Index } from "flexsearch";
import {
  ABSTRACT_WEIGHT,
  ACRONYM_WEIGHT,
  bigram,
  createWordIndex,
  MAX_PREFIX_EXPANSIONS,
  MIN_PREFIX_LENGTH,
  PREFIX_WEIGHT,
  PROXIMITY_WEIGHT,
  QUERY_STOPWORDS,
  shardKey,
  stem,
  STEM_WEIGHT,
  TITLE_WEIGHT,
  toWords,
  TYPO_MIN_LENGTH,
  TYPO_WEIGHT,
  vocabKey,
} from "./options";
import { parseQuery, withinOneEdit } from "./query";
import type { DisplayDoc, Manifest, MetaData, PhraseShard, VocabShard, WordShard } from "./types";

export type Loader = (path: string) => Promise<unknown>;

type LoadedVocab = { vocab: Map<string, number>; words: string[]; stems: Map<string, string[]> };
type LoadedPostings = { title: Index; abstract: Index };

/** Words that may stand for one query word, with how much a match on each counts. */
type Slot = Map<string, number>;
/** One part of the query: satisfied by any alternative; an alternative needs all its slots. */
type Clause = { alternatives: { slots: Slot[]; weight: number }[] };

type Postings = { title: number[]; abstract: number[]; inAbstract: Set<number>; df: number };

export type Hit = { doc: number; score: number; complete: boolean };
export type SearchResult = { hits: Hit[]; words: string[]; query: string };

async function importIndex(data: Record<string, unknown>): Promise<Index> {
  const index = createWordIndex();
  for (const [key, value] of Object.entries(data)) await index.import(key, value as string);
  return index;
}

export class SearchEngine {
  private vocabs = new Map<string, Promise<LoadedVocab | null>>();
  private shards = new Map<string, Promise<LoadedPostings | null>>();
  private phraseShards = new Map<string, Promise<Index | null>>();
  private chunks = new Map<number, Promise<DisplayDoc[]>>();
  private meta: Promise<MetaData> | null = null;
  private postingCache = new Map<string, Postings>();
  private readonly vocabSet: Set<string>;
  private readonly shardSet: Set<string>;
  private readonly phraseSet: Set<string>;
  private readonly acronyms: { short: string[]; long: string[][] }[];

  constructor(
    readonly manifest: Manifest,
    private readonly load: Loader,
  ) {
    this.vocabSet = new Set(manifest.vocabShards);
    this.shardSet = new Set(manifest.shards);
    this.phraseSet = new Set(manifest.phraseShards);
    // Stop words are dropped from queries, so they are dropped from expansions too
    // ("mixture of experts" is matched as mixture + experts).
    const content = (text: string) => toWords(text).filter((w) => !QUERY_STOPWORDS.has(w));
    this.acronyms = manifest.acronyms.map((a) => ({ short: content(a.short), long: a.long.map(content) }));
  }

  static async open(load: Loader): Promise<SearchEngine> {
    return new SearchEngine((await load("manifest.json")) as Manifest, load);
  }

  /** Load a file once, or nothing when the manifest says it does not exist. */
  private once<T>(cache: Map<string, Promise<T | null>>, exists: Set<string>, key: string, make: () => Promise<T>): Promise<T | null> {
    let p = cache.get(key);
    if (!p) {
      p = exists.has(key) ? make() : Promise.resolve(null);
      cache.set(key, p);
    }
    return p;
  }

  private vocab(key: string): Promise<LoadedVocab | null> {
    return this.once(this.vocabs, this.vocabSet, key, async () => {
      const entries = (await this.load(`v/${key}.json`)) as VocabShard;
      const stems = new Map<string, string[]>();
      for (const [w] of entries) {
        const st = stem(w);
        const list = stems.get(st);
        if (list) list.push(w);
        else stems.set(st, [w]);
      }
      return { vocab: new Map(entries), words: entries.map(([w]) => w), stems };
    });
  }

  private shard(key: string): Promise<LoadedPostings | null> {
    return this.once(this.shards, this.shardSet, key, async () => {
      const s = (await this.load(`s/${key}.json`)) as WordShard;
      return { title: await importIndex(s.title), abstract: await importIndex(s.abstract) };
    });
  }

  private phraseShard(key: string): Promise<Index | null> {
    return this.once(this.phraseShards, this.phraseSet, key, async () => importIndex(((await this.load(`p/${key}.json`)) as PhraseShard).pairs));
  }

  /** The words of the index that may stand for a query word. */
  private async expand(word: string, prefix: boolean, typos: boolean): Promise<Slot> {
    const slot: Slot = new Map();
    const add = (w: string, weight: number) => slot.set(w, Math.max(slot.get(w) ?? 0, weight));
    const vocab = await this.vocab(vocabKey(word));
    if (vocab) {
      if (vocab.vocab.has(word)) add(word, 1);
      for (const w of vocab.stems.get(stem(word)) ?? []) add(w, STEM_WEIGHT);
      if (prefix && word.length >= MIN_PREFIX_LENGTH) {
        const completions: string[] = [];
        for (let i = lowerBound(vocab.words, word); i < vocab.words.length && vocab.words[i]!.startsWith(word); i++) completions.push(vocab.words[i]!);
        completions.sort((a, b) => vocab.vocab.get(b)! - vocab.vocab.get(a)! || (a < b ? -1 : 1));
        // The commoner completion is the likelier meaning of "quant": quantization before
        // quantification, so a rare completion's high idf does not put it first.
        const top = vocab.vocab.get(completions[0] ?? "") ?? 1;
        for (const w of completions.slice(0, MAX_PREFIX_EXPANSIONS)) add(w, PREFIX_WEIGHT * (0.5 + (0.5 * vocab.vocab.get(w)!) / top));
      }
    }
    if (slot.size === 0 && typos && word.length >= TYPO_MIN_LENGTH) {
      // One wrong, missing, extra or swapped letter. A typo in the first two letters moves the
      // word to another vocabulary shard: look there too.
      const keys = new Set([word, word[1]! + word[0]! + word.slice(2), word[0]! + word.slice(2), word.slice(1)].map(vocabKey));
      for (const key of keys) {
        const v = await this.vocab(key);
        if (!v) continue;
        for (const w of v.words) if (withinOneEdit(word, w)) add(w, TYPO_WEIGHT);
      }
    }
    return slot;
  }

  /** Documents holding a word, in the title and in the abstract. */
  private async postings(word: string): Promise<Postings> {
    const cached = this.postingCache.get(word);
    if (cached) return cached;
    const vocab = await this.vocab(vocabKey(word));
    const shard = await this.shard(shardKey(word));
    let p: Postings = { title: [], abstract: [], inAbstract: new Set(), df: 0 };
    if (vocab && shard && vocab.vocab.has(word)) {
      const limit = this.manifest.count;
      const abstract = shard.abstract.search(word, { limit }) as number[];
      p = { title: shard.title.search(word, { limit }) as number[], abstract, inAbstract: new Set(abstract), df: vocab.vocab.get(word)! };
    }
    this.postingCache.set(word, p);
    return p;
  }

  private async clauses(words: string[], lastIsPrefix: boolean): Promise<Clause[]> {
    const clauses: Clause[] = [];
    const stems = words.map(stem);
    for (let i = 0; i < words.length; i++) {
      // A spelled-out acronym ("mixture of experts") is one part of the query, also met by "MoE".
      const long = this.acronyms.find((a) => a.long.some((l) => l.length > 1 && l.every((w, j) => stems[i + j] === stem(w))));
      if (long) {
        const phrase = long.long.find((l) => l.length > 1 && l.every((w, j) => stems[i + j] === stem(w)))!;
        clauses.push({
          alternatives: [
            { slots: await Promise.all(phrase.map((w) => this.expand(w, false, false))), weight: 1 },
            { slots: await Promise.all(long.short.map((w) => this.expand(w, false, false))), weight: ACRONYM_WEIGHT },
          ],
        });
        i += phrase.length - 1;
        continue;
      }
      const word = words[i]!;
      const isLast = i === words.length - 1;
      const alternatives: Clause["alternatives"] = [{ slots: [await this.expand(word, (isLast && lastIsPrefix) || word.length >= 4, true)], weight: 1 }];
      const short = this.acronyms.find((a) => a.short.length === 1 && a.short[0] === word);
      if (short) {
        for (const l of short.long) alternatives.push({ slots: await Promise.all(l.map((w) => this.expand(w, false, false))), weight: ACRONYM_WEIGHT });
      }
      clauses.push({ alternatives });
    }
    return clauses;
  }

  /** Documents that contain every phrase word for word. */
  private async phraseDocs(phrase: string[]): Promise<Set<number>> {
    if (phrase.length === 1) {
      const p = await this.postings(phrase[0]!);
      return new Set([...p.title, ...p.abstract]);
    }
    let docs: Set<number> | undefined;
    for (let i = 0; i + 1 < phrase.length; i++) {
      const index = await this.phraseShard(shardKey(phrase[i]!));
      const found = new Set(index ? (index.search(bigram(phrase[i]!, phrase[i + 1]!), { limit: this.manifest.count }) as number[]) : []);
      docs = intersect(docs, found);
      if (docs.size === 0) break;
    }
    return docs ?? new Set();
  }

  async search(query: string): Promise<SearchResult> {
    const parsed = parseQuery(query);
    if (parsed.words.length === 0 && parsed.phrases.length === 0) return { hits: [], words: [], query };
    const phraseWords = parsed.phrases.map((p) => p.map((w) => new Map([[w, 1]])));
    const clauses = [...(await this.clauses(parsed.words, parsed.lastIsPrefix)), ...phraseWords.map((slots) => ({ alternatives: [{ slots, weight: 1 }] }))];
    const n = this.manifest.count;

    // Scores accumulate in typed arrays indexed by document, reset through the list of documents
    // each touched: a common word at 50k papers touches tens of thousands of documents per keystroke.
    // Everything asynchronous happens first: several searches run at once while a person types,
    // and the scoring below shares one set of buffers, so it must not be interleaved.
    const words = [...new Set(clauses.flatMap((c) => c.alternatives.flatMap((a) => a.slots.flatMap((slot) => [...slot.keys()]))))];
    const postings = new Map(await Promise.all(words.map(async (w) => [w, await this.postings(w)] as const)));
    // Word pairs count once both words are typed out: an unfinished last word pairs with nothing.
    const proximity = await this.proximity(parsed.lastIsPrefix ? parsed.sequence.slice(0, -1) : parsed.sequence);
    let required: Set<number> | undefined;
    for (const phrase of parsed.phrases) required = intersect(required, await this.phraseDocs(phrase));

    const b = this.buffers(n);
    const matchedWords = new Set<string>();
    const scored: number[] = [];
    for (const clause of clauses) {
      const clauseDocs: number[] = [];
      for (const alt of clause.alternatives) {
        const altDocs: number[] = [];
        for (const slot of alt.slots) {
          const slotDocs: number[] = [];
          for (const [word, weight] of slot) {
            const p = postings.get(word)!;
            if (p.df === 0) continue;
            matchedWords.add(word);
            const idf = Math.log(1 + n / p.df);
            const bump = (doc: number, field: number) => {
              const v = weight * idf * field;
              if (b.slot[doc] === 0) slotDocs.push(doc);
              if (v > b.slot[doc]!) b.slot[doc] = v;
            };
            for (const d of p.abstract) bump(d, ABSTRACT_WEIGHT);
            for (const d of p.title) bump(d, TITLE_WEIGHT + (p.inAbstract.has(d) ? ABSTRACT_WEIGHT : 0));
          }
          for (const d of slotDocs) {
            if (b.altCount[d] === 0) altDocs.push(d);
            b.alt[d]! += b.slot[d]!;
            b.altCount[d]!++;
            b.slot[d] = 0;
          }
        }
        for (const d of altDocs) {
          // An alternative counts only where every one of its words matched.
          if (b.altCount[d] === alt.slots.length) {
            const v = alt.weight * b.alt[d]!;
            if (b.clause[d] === 0) clauseDocs.push(d);
            if (v > b.clause[d]!) b.clause[d] = v;
          }
          b.alt[d] = 0;
          b.altCount[d] = 0;
        }
      }
      for (const d of clauseDocs) {
        if (b.parts[d] === 0) scored.push(d);
        b.total[d]! += b.clause[d]!;
        b.parts[d]!++;
        b.clause[d] = 0;
      }
    }

    for (const { docs, bonus } of proximity) for (const d of docs) if (b.parts[d]! > 0) b.total[d]! += bonus;

    const hits: Hit[] = [];
    for (const doc of scored) {
      if (!required || required.has(doc)) hits.push({ doc, score: Math.round(b.total[doc]! * 1000) / 1000, complete: b.parts[doc] === clauses.length });
      b.total[doc] = 0;
      b.parts[doc] = 0;
    }
    hits.sort((x, y) => Number(y.complete) - Number(x.complete) || y.score - x.score || x.doc - y.doc);
    return { hits, words: [...matchedWords].sort(), query };
  }

  private buffer: ReturnType<typeof makeBuffers> | null = null;
  private buffers(n: number) {
    this.buffer ??= makeBuffers(n);
    return this.buffer;
  }

  /** Papers that hold two neighbouring query words side by side (in any word form) rank higher. */
  private async proximity(sequence: string[]): Promise<{ docs: Set<number>; bonus: number }[]> {
    const n = this.manifest.count;
    const out: { docs: Set<number>; bonus: number }[] = [];
    for (let i = 0; i + 1 < sequence.length; i++) {
      const [left, right] = await Promise.all([this.expand(sequence[i]!, false, false), this.expand(sequence[i + 1]!, false, false)]);
      if (left.size === 0 || right.size === 0) continue;
      const docs = new Set<number>();
      for (const a of left.keys()) {
        const index = await this.phraseShard(shardKey(a));
        if (!index) continue;
        for (const c of right.keys()) for (const d of index.search(bigram(a, c), { limit: n }) as number[]) docs.add(d);
      }
      const idf = async (w: string) => Math.log(1 + n / Math.max(1, (await this.postings(w)).df));
      out.push({ docs, bonus: (PROXIMITY_WEIGHT * ((await idf(sequence[i]!)) + (await idf(sequence[i + 1]!)))) / 2 });
    }
    return out;
  }

  /** Display data for documents, fetching only the chunks that hold them. */
  async docs(nums: number[]): Promise<DisplayDoc[]> {
    const size = this.manifest.chunkSize;
    return Promise.all(
      nums.map(async (num) => {
        const c = Math.floor(num / size);
        let p = this.chunks.get(c);
        if (!p) this.chunks.set(c, (p = this.load(`d/${c}.json`) as Promise<DisplayDoc[]>));
        return (await p)[num % size]!;
      }),
    );
  }

  /** Filter and sort columns for every document, fetched on first use of a filter or sort. */
  metadata(): Promise<MetaData> {
    this.meta ??= this.load("meta.json") as Promise<MetaData>;
    return this.meta;
  }
}

function makeBuffers(n: number) {
  return {
    slot: new Float64Array(n),
    alt: new Float64Array(n),
    altCount: new Uint8Array(n),
    clause: new Float64Array(n),
    total: new Float64Array(n),
    parts: new Uint8Array(n),
  };
}

function intersect(a: Set<number> | undefined, b: Set<number>): Set<number> {
  return a === undefined ? b : new Set([...a].filter((d) => b.has(d)));
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
