// The search engine over the static index: loads shards on demand and ranks papers.
// The postings say which papers hold a word and the word's BM25F impact in each (title and abstract
// as fields, term frequency saturated, field lengths normalised: see impactLevel in options.ts). The
// query handling around them decides which words stand for each query word (the word typed, its word
// forms, completions of an unfinished word, typo candidates, acronym expansions) and how to rank:
//   - each part of the query (a concept) counts once, by the best of the words that stand for it;
//   - papers matching every part rank above papers matching some, which are kept only when the parts
//     they match carry at least PARTIAL_SHARE of the query's idf;
//   - then by the sum over parts of idf (of the part, over all the words that stand for it) x impact,
//     plus query words side by side in the paper (proximity), plus earned topic evidence: a paper
//     assigned to a topic whose terms the query names;
//   - for such a query, the topics its first results share re-rank the first few dozen (feedback.ts).
import {
  ACRONYM_WEIGHT,
  actionRelatives,
  britishSpelling,
  bigram,
  IMPACT_BITS,
  impactLevel,
  IMPACT_LEVELS,
  impactWeight,
  isIndexedWord,
  splitBigram,
  prefixExpansions,
  MIN_PREFIX_LENGTH,
  PREFIX_WEIGHT,
  VOCAB_KEY_LENGTH,
  PROXIMITY_WEIGHT,
  QUERY_STOPWORDS,
  rarerWord,
  resolveShard,
  stem,
  STEM_WEIGHT,
  COMMON_SHARE,
  closeDerivation,
  DERIVED_WEIGHT,
  FAR_DERIVED_WEIGHT,
  lemma,
  STRONG_WEIGHT,
  toWords,
  TOPIC_WEIGHT,
  PARTIAL_SHARE,
  TYPO_MIN_LENGTH,
  NOT_TYPO_TARGETS,
  TYPO_WEIGHT,
  UNFINISHED_TYPO_LENGTH,
  unpackPostings,
  vocabKey,
} from "./options";
import { slugify } from "../slug";
import { idKey, searchedId } from "../paper-ids";
import { topicFeedback } from "./feedback";
import { parseQuery, startsWithinOneEdit, withinOneEdit, type ParsedQuery } from "./query";
import type { AbstractChunk, CardChunk, Manifest, MetaData, PhraseShard, ResultCard, Vocabulary, WordShard } from "./types";

/**
 * Fetches one file of the index. A background load (abstracts for snippets, pairs fetched ahead of
 * need) may wait behind the loads a keystroke is waiting for.
 */
export type Loader = (path: string, options?: { background?: boolean }) => Promise<unknown>;

/** The words of the vocabulary that share their first VOCAB_KEY_LENGTH characters. */
type LoadedVocab = { vocab: Map<string, number>; words: string[]; stems: Map<string, string[]> };
/** A shard's packed postings, unpacked word by word as queries need them. */
type LoadedPostings = Record<string, number[]>;

/** Words that may stand for one query word, with how much a match on each counts. */
type Slot = Map<string, number>;
/**
 * One part of the query: satisfied by any alternative; an alternative needs all its slots. `typed`
 * is the query word or words it stands for; `corrected` the word searched instead of a typed word
 * the papers lack; `expanded` the acronym or expansion also matched.
 */
type Clause = { alternatives: { slots: Slot[]; weight: number; expansion?: { long: string; short: string } }[]; typed: string[]; corrected?: string };

/** Papers holding a word (ascending) with the word's impact in each; for a pair, 1 where it is in the title. */
type Postings = { docs: Int32Array; data: Uint8Array; df: number };

/** A word in at most RARE_DF papers, next to one COMMONER times as common, may be a typo itself. */
const RARE_DF = 2;
const COMMONER = 10;
/** A word split in two ("pretraining" -> pre + training) has parts of at least this many letters. */
const SPLIT_MIN_PART = 3;
/**
 * Files fetched ahead for the next keystroke: those it needs with at least this likelihood, this
 * many at most. Typing the 196 judged queries without quotes into a 50k catalog (a new visitor every 20),
 * 0.02 and 12 left 2.6% of keystrokes waiting for a file, against 4.4% with 0.05 and 8, for 10%
 * more index bytes (a file is 1 to 2 KB gzip).
 */
const PREFETCH_LIKELIHOOD = 0.02;
const PREFETCH_SHARDS = 12;
/** Result cards fetched ahead: the first this many results of each search. */
const PREFETCH_CARDS = 40;

/**
 * Documents matching a query, best first, as a typed array: a common word matches thousands of
 * papers on every keystroke, and objects for each would keep the garbage collector busy while a
 * person types. The first `complete` documents match every part of the query.
 */
export type SearchResult = {
  docs: Int32Array;
  complete: number;
  words: string[];
  query: string;
  /** The last word is being typed and too short to complete yet ("sp"): no match means "keep typing". */
  unfinished: boolean;
  /** Typed words the papers lack, with the word searched instead: quantizaton -> quantization. */
  corrections: { from: string; to: string }[];
  /** Acronyms and expansions matched besides the words typed: "sparse autoencoder (SAE)". */
  expansions: { long: string; short: string }[];
  /**
   * Topics the query names (see namedTopics) by a part a match must hold: "kv cache" names
   * efficient inference in "kv cache compression", while "language models", in most papers, names
   * no topic in "small language models". A paper in one is matched partly by its topic.
   */
  topics: string[];
  /** Query words in most papers that a match need not hold, when the query has rarer ones. */
  notRequired: string[];
  /** How many parts the query has (a word, a spelled-out acronym, a quoted phrase). */
  parts: number;
};

/** impactWeight of every stored level, looked up per posting. */
const IMPACT_WEIGHTS = Float64Array.from({ length: IMPACT_LEVELS + 1 }, (_, level) => impactWeight(level));
/**
 * Ranking packs each document's order into one number, so the native numeric sort orders them with
 * no comparator and no objects: whether it matches every part, its score (to 1/1000) and its number
 * (lower first on ties). Exact as long as it stays below 2^53: scores below 2^24/1000 (a 24-word
 * query scores a few thousand at most) and catalogs below 2^21 papers.
 */
const SCORE_STEPS = 2 ** 24;
const DOC_SPAN = 2 ** 21;

/** Results of a query are filled up to this many with its closest partial matches (see search). */
const MIN_RESULTS = 20;
const NO_POSTINGS: Postings = { docs: new Int32Array(0), data: new Uint8Array(0), df: 0 };
/** The impact of a word pair that stands for one query word: one mention in the abstract, or the title. */
const PAIR_LEVEL = impactLevel(0, 1, 1, 1);
const PAIR_TITLE_LEVEL = impactLevel(1, 1, 1, 1);

/** BM25's idf of a query part found in `df` of `n` papers. */
function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export class SearchEngine {
  private vocabulary: Promise<Map<string, Vocabulary>> | null = null;
  private vocabs = new Map<string, LoadedVocab | null>();
  private shards = new Map<string, Promise<LoadedPostings | null>>();
  private phraseShards = new Map<string, Promise<LoadedPostings | null>>();
  private chunks = new Map<number, Promise<string[]>>();
  private loadedChunks = new Map<number, AbstractChunk>();
  private meta: Promise<MetaData> | null = null;
  private loadedMeta: MetaData | undefined;
  private cardChunks = new Map<number, Promise<CardChunk[number][]>>();
  private postingCache = new Map<string, Postings>();
  private idFileCache = new Map<string, Promise<Record<string, number[]>>>();
  private readonly shardSet: Set<string>;
  private readonly phraseSet: Set<string>;
  private readonly acronyms: { short: string[]; long: string[][]; shown: { short: string; long: string[] } }[];
  /** Acronyms of one short word ("rl", "kv"): meaningful even while typed as two letters. */
  private readonly shortForms: Set<string>;
  /** The slot of a word the index lacks, with the word searched instead (the likeliest of its typo candidates). */
  private corrections = new WeakMap<Slot, string>();

  constructor(
    readonly manifest: Manifest,
    private readonly load: Loader,
  ) {
    if (manifest.count > DOC_SPAN) throw new Error(`search index of ${manifest.count} papers: at most ${DOC_SPAN} are supported`);
    this.shardSet = new Set(manifest.shards);
    this.phraseSet = new Set(manifest.phraseShards);
    // Stop words are dropped from queries, so they are dropped from expansions too
    // ("mixture of experts" is matched as mixture + experts).
    const content = (text: string) => toWords(text).filter((w) => !QUERY_STOPWORDS.has(w));
    this.acronyms = manifest.acronyms.map((a) => ({ short: content(a.short), long: a.long.map(content), shown: a }));
    this.shortForms = new Set(this.acronyms.flatMap((a) => (a.short.length === 1 ? a.short : [])));
  }

  /** The engine, with what every query needs (the vocabulary) loading. */
  static async open(load: Loader): Promise<SearchEngine> {
    const engine = new SearchEngine((await load("manifest.json")) as Manifest, load);
    engine.words().catch(() => undefined);
    return engine;
  }

  /** Load a file once, or nothing when the manifest says it does not exist. */
  private once<T>(cache: Map<string, Promise<T | null>>, exists: Set<string>, key: string, make: () => Promise<T>): Promise<T | null> {
    let p = cache.get(key);
    if (!p) {
      p = exists.has(key) ? make() : Promise.resolve(null);
      cache.set(key, p);
      p.catch(() => cache.delete(key)); // a failed load is tried again by the next query
    }
    return p;
  }

  /** The vocabulary, grouped by first characters. */
  private words(): Promise<Map<string, Vocabulary>> {
    this.vocabulary ??= (this.load("vocab.json") as Promise<Vocabulary>).then((entries) => {
      const groups = new Map<string, Vocabulary>();
      for (const entry of entries) {
        const key = vocabKey(entry[0]);
        const group = groups.get(key);
        if (group) group.push(entry);
        else groups.set(key, [entry]);
      }
      return groups;
    });
    this.vocabulary.catch(() => (this.vocabulary = null));
    return this.vocabulary;
  }

  /** The vocabulary's words starting like `key`, with their word forms worked out on first use. */
  private async vocab(key: string): Promise<LoadedVocab | null> {
    const groups = await this.words();
    if (!this.vocabs.has(key)) {
      const entries = groups.get(key);
      const stems = new Map<string, string[]>();
      for (const [w] of entries ?? []) {
        const st = stem(w);
        const list = stems.get(st);
        if (list) list.push(w);
        else stems.set(st, [w]);
      }
      this.vocabs.set(key, entries ? { vocab: new Map(entries), words: entries.map(([w]) => w), stems } : null);
    }
    return this.vocabs.get(key)!;
  }

  /** The postings shard that holds a word, if any. */
  private postingShard(word: string): Promise<LoadedPostings | null> {
    const key = resolveShard(word, this.shardSet);
    return key === null ? Promise.resolve(null) : this.shard(key);
  }

  private shard(key: string, background = false): Promise<LoadedPostings | null> {
    return this.once(this.shards, this.shardSet, key, async () => ((await this.load(`s/${key}.json`, { background })) as WordShard).words);
  }

  /**
   * Start loading the posting shards of every word the query searches at once, so a query waits for
   * one round of requests, not one per word (an unfinished word of one or two letters that
   * settledWords leaves out fetches nothing).
   */
  private warm(parsed: ParsedQuery) {
    for (const w of new Set([...parsed.words, ...parsed.phrases.flat()])) this.postingShard(w).catch(() => undefined);
  }

  /**
   * While a word is being typed, fetch in the background the shards the next keystroke will need: a
   * keystroke that waits for a shard misses its frame, and a shard is a few KB. For each letter that
   * may come next, the words that keystroke searches (the exact word and, from three letters on, the
   * longer prefix's commonest completions, as expand picks them, and the word-pair files of the two
   * words a long word may be written as), weighted by how likely the letter is: the share of the
   * typed prefix's occurrences in the papers that go on with it. The files needed with at least
   * PREFETCH_LIKELIHOOD are fetched, likeliest first, PREFETCH_SHARDS at most.
   */
  private async prefetch(prefix: string) {
    if (!/^[a-z0-9]+$/.test(prefix)) return;
    const groups = await this.words();
    const vocab = prefix.length >= VOCAB_KEY_LENGTH ? await this.vocab(vocabKey(prefix)) : null;
    // The words that go on from the prefix, by their next letter, with how many papers hold each.
    const next = new Map<string, Vocabulary>();
    let total = 0;
    const add = (w: string, df: number) => {
      if (w.length <= prefix.length) return;
      const list = next.get(w[prefix.length]!);
      if (list) list.push([w, df]);
      else next.set(w[prefix.length]!, [[w, df]]);
      total += df;
    };
    if (vocab) for (let i = lowerBound(vocab.words, prefix); i < vocab.words.length && vocab.words[i]!.startsWith(prefix); i++) add(vocab.words[i]!, vocab.vocab.get(vocab.words[i]!)!);
    else for (const [key, entries] of groups) if (key.startsWith(prefix)) for (const [w, df] of entries) add(w, df);
    // Files ("s/<key>" for words, "p/<key>" for word pairs) with the likelihood that the next keystroke needs them.
    const need = new Map<string, number>();
    for (const [letter, list] of next) {
      const longer = prefix + letter;
      const searched = list.some(([w]) => w === longer) ? [longer] : [];
      if (vocab && longer.length >= MIN_PREFIX_LENGTH) searched.push(...commonestCompletions(vocab, longer));
      const files = new Set(searched.flatMap((w) => resolveShard(w, this.shardSet) ?? []).map((key) => `s/${key}`));
      // A long word is also looked up as two ("autoencode" as auto + encode): its pairs' files.
      for (const pair of await this.splits(longer)) {
        const key = await this.pairShardKey(...splitBigram(pair)!);
        if (key !== null) files.add(`p/${key}`);
      }
      const likelihood = list.reduce((sum, [, df]) => sum + df, 0) / total;
      for (const file of files) need.set(file, (need.get(file) ?? 0) + likelihood);
    }
    const loaded = (file: string) => (file.startsWith("s/") ? this.shards : this.phraseShards).has(file.slice(2));
    const likeliest = [...need].filter(([file, p]) => p >= PREFETCH_LIKELIHOOD && !loaded(file)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    await Promise.all(likeliest.slice(0, PREFETCH_SHARDS).map(([file]) => (file.startsWith("s/") ? this.shard(file.slice(2), true) : this.phraseShard(file.slice(2), true))));
  }

  /** How many papers hold a word (0 for none). */
  private async df(word: string): Promise<number> {
    return (await this.vocab(vocabKey(word)))?.vocab.get(word) ?? 0;
  }

  /** The key of the word-pair file that holds a pair: its rarer word's (null when a word is not indexed). */
  private async pairShardKey(a: string, b: string): Promise<string | null> {
    const [dfA, dfB] = await Promise.all([this.df(a), this.df(b)]);
    return dfA === 0 || dfB === 0 ? null : resolveShard(rarerWord(a, dfA, b, dfB), this.phraseSet);
  }

  private phraseShard(key: string, background = false): Promise<LoadedPostings | null> {
    return this.once(this.phraseShards, this.phraseSet, key, async () => ((await this.load(`p/${key}.json`, { background })) as PhraseShard).pairs);
  }

  /** Documents holding two words side by side, in this order; data 1 where it is in the title. */
  private async pairPostings(a: string, b: string, background = false): Promise<Postings> {
    const token = bigram(a, b);
    const cached = this.postingCache.get(token);
    if (cached) return cached;
    const key = await this.pairShardKey(a, b);
    if (key === null) return NO_POSTINGS;
    const shard = await this.phraseShard(key, background);
    const packed = shard?.[token];
    if (!packed) return NO_POSTINGS;
    const p = { ...unpackPostings(packed, 1), df: packed.length };
    this.postingCache.set(token, p);
    return p;
  }

  private async pairDocs(a: string, b: string, background = false): Promise<Int32Array> {
    return (await this.pairPostings(a, b, background)).docs;
  }

  /**
   * Vocabulary words that may be the word meant when `word` has one typo: those in the groups its
   * first two letters could have come from (same first letter; a first letter replaced, missing,
   * extra, or swapped with the second).
   */
  private async typoCandidates(word: string): Promise<Vocabulary> {
    const groups = await this.words();
    const keys = new Set([vocabKey(word[1]! + word[0]!), vocabKey(word.slice(1))]);
    const out: Vocabulary = [];
    for (const [key, entries] of groups) {
      if (key[0] === word[0] || key[1] === word[0] || key[1] === word[1] || keys.has(key)) out.push(...entries);
    }
    return out;
  }

  /**
   * The words of the index that may stand for a query word. `finished`: the word is typed out (a
   * space or another word follows it), so words it only starts do not stop it being read as a typo.
   */
  private async expand(word: string, prefix: boolean, typos: boolean, finished = false): Promise<Slot> {
    const slot: Slot = new Map();
    const add = (w: string, weight: number) => slot.set(w, Math.max(slot.get(w) ?? 0, weight));
    const vocab = await this.vocab(vocabKey(word));
    // Words met only as completions of it ("compressing" for "compressin").
    const completed = new Set<string>();
    if (vocab) {
      if (vocab.vocab.has(word)) add(word, 1);
      for (const [w, weight] of formsOf(vocab, word)) add(w, weight);
      if (prefix && word.length >= MIN_PREFIX_LENGTH) {
        const completions = commonestCompletions(vocab, word);
        // The commoner completion is the likelier meaning of "quant": quantization before
        // quantification, so a rare completion's high idf does not put it first.
        const top = vocab.vocab.get(completions[0] ?? "") ?? 1;
        for (const w of completions) {
          if (!slot.has(w)) completed.add(w);
          add(w, PREFIX_WEIGHT * (0.5 + (0.5 * vocab.vocab.get(w)!) / top));
        }
      }
    }
    // A typed-out word's verb or noun of action with another stem ("extension" for "extend"), and
    // its inflections, as derived words: a part they meet is not met in full.
    if (finished) for (const w of await this.actionForms(word)) add(w, DERIVED_WEIGHT);
    // (The word's own group may not exist: no paper writes a word starting "1b", but "1 bit".)
    const pairs = typos ? await this.splits(word) : [];
    for (const pair of pairs) add(pair, STEM_WEIGHT);
    // One wrong, missing, extra or swapped letter: for a word the index lacks, and for one so rare
    // next to a word one letter away that it is likelier a typo in the papers than the word meant
    // ("tranformer": one abstract spells it so, a hundred write "transformer").
    const own = vocab?.vocab.get(word) ?? 0;
    // A word is lacking too when only derived words of its stem meet it ("distilation" is
    // "distillation" mistyped, not "distill"); when typed out, only words it starts ("compressin" is
    // "compression" mistyped as much as "compressing"); or only a split in two that no paper writes
    // side by side ("align met" for "alignmet").
    let lacking = [...slot].every(([w, weight]) => weight <= DERIVED_WEIGHT || (finished && completed.has(w)) || pairs.includes(w));
    if (lacking && pairs.length > 0) {
      const found = await Promise.all(pairs.map(async (pair) => (await this.postings(pair)).df > 0));
      lacking = !found.includes(true);
    }
    if (typos && word.length >= TYPO_MIN_LENGTH && (lacking || (own > 0 && own <= RARE_DF))) {
      // An unfinished word with a typo ("autoencdo") stands for the words that start one edit away
      // from it, commonest first, as its completions would.
      const startsLike: Vocabulary = [];
      const vocabDf = new Map<string, number>();
      const meant: [string, number][] = [];
      // A word one letter from a word of grammar and from no other word is that word mistyped ("thier"
      // is "their"), which is not searched for: it is not the start of "hierarchical" either.
      let grammar = false;
      for (const [w, df] of await this.typoCandidates(word)) {
        if (NOT_TYPO_TARGETS.has(w) && withinOneEdit(word, w)) grammar = true;
        if (w === word || NOT_TYPO_TARGETS.has(w) || !sameDigits(word, w)) continue;
        vocabDf.set(w, df);
        // (A British spelling mistyped is one letter from the British form of the word: "normalisaton".)
        if (withinOneEdit(word, w) || withinOneEdit(word, britishSpelling(w))) {
          if (lacking) meant.push([w, TYPO_WEIGHT]);
          else if (df >= COMMONER * own) meant.push([w, TYPO_WEIGHT / 2]);
        } else if (lacking && prefix && w.length > word.length && startsWithinOneEdit(word, w)) startsLike.push([w, df]);
      }
      if (grammar && meant.length === 0) startsLike.length = 0;
      // The word meant, with its inflections, as if it had been typed: "aevances" finds "advanced"
      // too, and "detoxificaton " "detoxifying".
      for (const [w, weight] of meant) {
        add(w, weight);
        const group = await this.vocab(vocabKey(w));
        if (group) for (const [form, formWeight] of formsOf(group, w)) if (formWeight === STEM_WEIGHT && form !== w) add(form, weight * STEM_WEIGHT);
        if (finished) for (const form of await this.actionForms(w)) add(form, weight * DERIVED_WEIGHT);
      }
      startsLike.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const started = startsLike.slice(0, prefixExpansions(word.length)).map(([w]) => w);
      for (const w of started) add(w, TYPO_WEIGHT * PREFIX_WEIGHT);
      // What the page says it searched for instead: the commonest word one letter away.
      if (lacking) {
        let best = "";
        for (const w of [...meant.map(([m]) => m), ...started]) if (best === "" || vocabDf.get(w)! > vocabDf.get(best)!) best = w;
        if (best) this.corrections.set(slot, best);
      }
    } else if (typos && !finished && own === 0 && completed.size > 0 && word.length >= UNFINISHED_TYPO_LENGTH) {
      // An unfinished word the index lacks, that starts words and is also a commoner word mistyped:
      // "compressin" may be "compressing" on its way, or "compression" with a letter missed.
      let commonest = 0;
      for (const w of completed) commonest = Math.max(commonest, vocab!.vocab.get(w)!);
      for (const [w, df] of await this.typoCandidates(word)) {
        if (df >= commonest && !slot.has(w) && !NOT_TYPO_TARGETS.has(w) && sameDigits(word, w) && withinOneEdit(word, w)) add(w, TYPO_WEIGHT * PREFIX_WEIGHT);
      }
    }
    return slot;
  }

  /** A word's verb or noun of action where Porter stems the two apart ("extension" for "extend"), with its inflections, as the index holds them. */
  private async actionForms(word: string): Promise<string[]> {
    const out: string[] = [];
    for (const relative of actionRelatives(word)) {
      const group = await this.vocab(vocabKey(relative));
      if (!group) continue;
      if (group.vocab.has(relative)) out.push(relative);
      for (const [w, weight] of formsOf(group, relative)) if (weight === STEM_WEIGHT) out.push(w);
    }
    return out;
  }

  /** True when `text` is a word of the index or, unfinished, starts one of at least four letters. */
  private async isWordStart(text: string, prefix: boolean): Promise<boolean> {
    const vocab = await this.vocab(vocabKey(text));
    if (!vocab) return false;
    if (vocab.vocab.has(text)) return true;
    return prefix && text.length >= 4 && vocab.words[lowerBound(vocab.words, text)]?.startsWith(text) === true;
  }

  /**
   * A word the papers also write as two ("pretraining" as "pre-training", "dataset" as "data set"):
   * the pairs of index words it splits into, as pair tokens. Each pair is looked up in the word-pair
   * files, so only papers that hold the two words side by side match.
   */
  private async splits(word: string): Promise<string[]> {
    // Where letters meet digits ("gpt4" as GPT-4, "1bit" as 1-bit, "gpt4o" as GPT-4o); in a word of
    // letters, anywhere that leaves two parts of SPLIT_MIN_PART letters or more.
    const joints = [...word.matchAll(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/g)].map((m) => m.index!);
    const cuts = joints.length > 0 ? joints : /^[a-z]+$/.test(word) ? Array.from({ length: Math.max(0, word.length - 2 * SPLIT_MIN_PART + 1) }, (_, i) => SPLIT_MIN_PART + i) : [];
    const out: string[] = [];
    for (const k of cuts) {
      const [a, b] = [word.slice(0, k), word.slice(k)];
      if (!isIndexedWord(a) || !isIndexedWord(b) || QUERY_STOPWORDS.has(a) || QUERY_STOPWORDS.has(b)) continue;
      if ((await this.df(a)) > 0 && (await this.df(b)) > 0) out.push(bigram(a, b));
    }
    return out;
  }

  /**
   * Documents holding a word, with its impact level in each. A pair token ("pre_training", a word
   * the query joins) has the impact of one mention in the abstract, or in the title where it is.
   */
  private async postings(word: string): Promise<Postings> {
    const pair = splitBigram(word);
    if (pair) {
      const p = await this.pairPostings(pair[0], pair[1]);
      return { ...p, data: p.data.map((inTitle) => (inTitle ? PAIR_TITLE_LEVEL : PAIR_LEVEL)) };
    }
    const cached = this.postingCache.get(word);
    if (cached) return cached;
    const shard = await this.postingShard(word);
    const packed = shard?.[word];
    const p = packed ? { ...unpackPostings(packed, IMPACT_BITS), df: packed.length } : NO_POSTINGS;
    this.postingCache.set(word, p);
    return p;
  }

  /**
   * The parts of the query, each word's expansions looked up at the same time. An acronym's other
   * form never counts more than the words typed: "LoRA" matched as "low rank" is one word's worth,
   * not two, and "sparse autoencoders" ranks papers that say so above papers that say "SAEs".
   */
  private async clauses(words: string[], lastIsPrefix: boolean): Promise<Clause[]> {
    const parts: Promise<Clause>[] = [];
    const stems = words.map(stem);
    const expandAll = (list: string[]) => Promise.all(list.map((w) => this.expand(w, false, false)));
    // An unfinished last word that the papers do not also join to the word before it ("layer norm" is
    // LayerNorm too, which the words written as one find below; "mixture exp" is nothing).
    const typed = lastIsPrefix && !(words.length >= 2 && (await this.isWordStart(words.at(-2)! + words.at(-1)!, true)));
    for (let i = 0; i < words.length; i++) {
      // A spelled-out acronym ("mixture of experts") is one part of the query, also met by "MoE";
      // so is one whose last word is still being typed ("mixture of exp").
      const at = i;
      const typing = (w: string, k: number) => typed && k === words.length - 1 && words[k]!.length >= MIN_PREFIX_LENGTH && w.startsWith(words[k]!);
      const matches = (l: string[]) => l.length > 1 && l.every((w, j) => stems[at + j] === stem(w) || typing(w, at + j));
      const long = this.acronyms.find((a) => a.long.some(matches));
      if (long) {
        const phrase = long.long.find(matches)!;
        parts.push(
          Promise.all([expandAll(phrase), expandAll(long.short)]).then(([slots, short]) => ({
            alternatives: [
              { slots, weight: 1 },
              { slots: short, weight: ACRONYM_WEIGHT * Math.min(1, slots.length / Math.max(1, short.length)), expansion: { long: long.shown.long[long.long.indexOf(phrase)]!, short: long.shown.short } },
            ],
            typed: words.slice(at, at + phrase.length),
          })),
        );
        i += phrase.length - 1;
        continue;
      }
      const word = words[i]!;
      const isLast = i === words.length - 1;
      // Two words the papers also write as one ("pre-training" and "pretraining", "fine tuning" and
      // "finetuning") are one part of the query, met by either spelling; the one word counts as two.
      const next = words[i + 1];
      const nextIsPrefix = i + 1 === words.length - 1 && lastIsPrefix;
      if (next !== undefined && (await this.isWordStart(word + next, nextIsPrefix))) {
        parts.push(
          Promise.all([this.expand(word, word.length >= 4, true, true), this.expand(next, nextIsPrefix || next.length >= 4, true, !nextIsPrefix), this.expand(word + next, nextIsPrefix || next.length >= 4, false)]).then(
            ([a, b, joined]) => ({ alternatives: [{ slots: [a, b], weight: 1 }, { slots: [joined], weight: 2 }], typed: [word, next] }),
          ),
        );
        i++;
        continue;
      }
      // An acronym's plural ("LLMs") stands for its long form as the acronym does.
      const short = this.acronyms.find((a) => a.short.length === 1 && (a.short[0] === word || `${a.short[0]}s` === word));
      parts.push(
        Promise.all([this.expand(word, (isLast && lastIsPrefix) || word.length >= 4, true, !(isLast && lastIsPrefix)), ...(short?.long ?? []).map(expandAll)]).then(([slot, ...expansions]) => ({
          alternatives: [
            { slots: [slot as Slot], weight: 1 },
            ...expansions.map((slots, k) => ({ slots: slots as Slot[], weight: ACRONYM_WEIGHT / Math.max(1, slots.length), expansion: { long: short!.shown.long[k]!, short: short!.shown.short } })),
          ],
          typed: [word],
          corrected: this.corrections.get(slot as Slot),
        })),
      );
    }
    return Promise.all(parts);
  }

  /**
   * The papers a query that is only a paper's id names ("2402.17764", "arXiv:2402.17764v2", a DOI or
   * their URLs), from its id file; null for any other query, or an id no paper has.
   */
  private async namedPaper(query: string): Promise<SearchResult | null> {
    const id = searchedId(query);
    const key = id === null ? null : idKey(id);
    if (id === null || key === null || !this.manifest.idFiles.includes(key)) return null;
    let file = this.idFileCache.get(key);
    if (!file) {
      this.idFileCache.set(key, (file = this.load(`i/${key}.json`) as Promise<Record<string, number[]>>));
      file.catch(() => this.idFileCache.delete(key)); // a failed load is tried again by the next query
    }
    const docs = (await file)[id];
    if (!docs || docs.length === 0) return null;
    return { docs: Int32Array.from(docs), complete: docs.length, words: [], query, unfinished: false, corrections: [], expansions: [], topics: [], notRequired: [], parts: 1 };
  }

  /**
   * Documents that contain every phrase word for word, each word as typed or inflected: "reward
   * model" is written "reward models" too.
   */
  private async phraseDocs(typed: string[]): Promise<Set<number>> {
    // The index pairs words without the single letters it leaves out: "needle in a haystack" is
    // held as "needle in" and "in haystack".
    const phrase = typed.filter(isIndexedWord);
    if (phrase.length === 0) return new Set();
    const forms = await Promise.all(phrase.map((w) => this.inflections(w)));
    if (phrase.length === 1) return new Set((await Promise.all(forms[0]!.map((w) => this.postings(w)))).flatMap((p) => [...p.docs]));
    const found = await Promise.all(
      phrase.slice(1).map(async (_, i) => (await Promise.all(forms[i]!.flatMap((a) => forms[i + 1]!.map((b) => this.pairDocs(a, b))))).flatMap((docs) => [...docs])),
    );
    let docs: Set<number> | undefined;
    for (const list of found) docs = intersect(docs, new Set(list));
    return docs ?? new Set();
  }

  /**
   * A quoted word and its other number in the index ("models" for "model", "model" for "models",
   * "studies" for "study"): a quoted phrase is a name, which is written in the singular and the
   * plural, not in other forms ("reward modeling" is not a "reward model"). A stop word as it is.
   */
  private async inflections(word: string): Promise<string[]> {
    const vocab = QUERY_STOPWORDS.has(word) ? null : await this.vocab(vocabKey(word));
    if (!vocab) return [word];
    const number = [`${word}s`, `${word}es`, word.replace(/s$/, ""), word.replace(/es$/, ""), word.replace(/y$/, "ies"), word.replace(/ies$/, "y")];
    return [word, ...new Set(number.filter((w) => w !== word && vocab.vocab.has(w)))];
  }

  /**
   * The query's words with an unfinished last word of one or two letters left out while other words
   * are there: "speculative d" and "speculative de" show the results of "speculative" instead of
   * papers that hold a stray "d" or "de". Short words that mean something on their own stay: those
   * with a digit ("3d") and the acronyms' short forms ("rl", "kv").
   */
  private settledWords(parsed: ParsedQuery): { words: string[]; sequence: string[]; lastIsPrefix: boolean } {
    const last = parsed.words.at(-1);
    const shortUnfinished = parsed.lastIsPrefix && last !== undefined && last.length < MIN_PREFIX_LENGTH && /^[a-z]+$/.test(last) && !this.shortForms.has(last);
    if (!shortUnfinished || parsed.words.length + parsed.phrases.length < 2) return parsed;
    return { words: parsed.words.slice(0, -1), sequence: parsed.sequence.slice(0, -1), lastIsPrefix: false };
  }

  async search(query: string): Promise<SearchResult> {
    const paper = await this.namedPaper(query);
    if (paper) return paper;
    const parsed = parseQuery(query);
    // What the next keystroke needs, fetched once this one's results are painted: working it out,
    // and reading what arrives, never delays them.
    if (parsed.lastIsPrefix) afterPaint(() => this.prefetch(parsed.words.at(-1)!).catch(() => undefined));
    // (A CJK character is a word of its own, never the start of a longer one.)
    const unfinished = parsed.lastIsPrefix && parsed.words.at(-1)!.length < MIN_PREFIX_LENGTH && /^[a-z0-9]+$/.test(parsed.words.at(-1)!);
    const empty: SearchResult = { docs: new Int32Array(0), complete: 0, words: [], query, unfinished, corrections: [], expansions: [], topics: [], notRequired: [], parts: 0 };
    const { words: queryWords, sequence, lastIsPrefix } = this.settledWords(parsed);
    // Stop words alone, or single letters, find nothing: they are in nearly every paper.
    const meaningful = queryWords.filter((w) => isIndexedWord(w) && !QUERY_STOPWORDS.has(w));
    if (meaningful.length === 0 && parsed.phrases.length === 0) return empty;
    this.warm({ ...parsed, words: queryWords });
    // A quoted phrase's stop words are matched by the word pairs that require it word for word.
    const phraseWords = await Promise.all(
      parsed.phrases.map((p) => Promise.all(p.filter((w) => !QUERY_STOPWORDS.has(w)).map(async (w) => new Map((await this.inflections(w)).map((f) => [f, f === w ? 1 : STEM_WEIGHT]))))),
    );
    const clauses: Clause[] = [
      ...(await this.clauses(meaningful, lastIsPrefix && meaningful.at(-1) === queryWords.at(-1))),
      ...phraseWords.flatMap((slots, k) => (slots.length > 0 ? [{ alternatives: [{ slots, weight: 1 }], typed: parsed.phrases[k]! }] : [])),
    ];
    const n = this.manifest.count;

    // Scores accumulate in typed arrays indexed by document, reset through the list of documents
    // each touched: a common word at 50k papers touches tens of thousands of documents per keystroke.
    // Everything asynchronous happens first: several searches run at once while a person types,
    // and the scoring below shares one set of buffers, so it must not be interleaved.
    const words = [...new Set(clauses.flatMap((c) => c.alternatives.flatMap((a) => a.slots.flatMap((slot) => [...slot.keys()]))))];
    const postings = new Map(await Promise.all(words.map(async (w) => [w, await this.postings(w)] as const)));
    // Word pairs count once both words are typed out: an unfinished last word pairs with nothing
    // (unless the person joined it to the word before, as in "gpt-4": those two go together), and
    // neither does a stop word at the end, which starts a phrase not typed yet ("quantization of").
    const paired = lastIsPrefix && !parsed.lastJoined ? sequence.slice(0, -1) : [...sequence];
    while (paired.length > 0 && QUERY_STOPWORDS.has(paired.at(-1)!)) paired.pop();
    // Topic evidence needs the papers of each topic the query names (in the filter columns).
    const named = this.namedTopics(clauses, sequence);
    const [proximity, phraseDocs, meta] = await Promise.all([
      this.proximity(paired),
      Promise.all(parsed.phrases.map((phrase) => this.phraseDocs(phrase))),
      named.length > 0 ? this.metadata() : null,
    ]);
    // The pairs an unfinished last word will need once it is typed out load while the person types,
    // asked for once these results are painted (each request costs the page a little time).
    if (lastIsPrefix && sequence.at(-1)!.length >= MIN_PREFIX_LENGTH) afterPaint(() => this.proximity(sequence, true).catch(() => undefined));
    let required: Set<number> | undefined;
    for (const docs of phraseDocs) required = intersect(required, docs);

    const b = this.buffers(n);
    const matchedWords = new Set<string>();
    const expansions: { long: string; short: string }[] = [];
    // The loops over postings are small functions of their own (below the class), so each is
    // optimised once for typed arrays and stays so: a branch this method takes for the first time
    // (the first common word, the first topic) sends only this method back to the interpreter, not
    // a loop over tens of thousands of documents.
    let scoredCount = 0;
    /** Each clause's idf, for the share of the query a partial match carries. */
    let queryIdf = 0;
    /** Parts in more than COMMON_SHARE of the papers ("language", "models" here) are not required. */
    const common = new Set<number>();
    const topicDocs = meta ? this.topicDocs(meta) : [];
    clauses.forEach((clause, clauseIndex) => {
      let clauseCount = 0;
      for (const alt of clause.alternatives) {
        let altCount = 0;
        for (const slot of alt.slots) {
          let slotCount = 0;
          b.tally[STRONG_DOCS] = 0;
          for (const [word, weight] of slot) {
            const p = postings.get(word)!;
            if (p.df === 0) continue;
            for (const w of splitBigram(word) ?? [word]) matchedWords.add(w);
            slotCount = addToSlot(b, p.docs, p.data, weight, weight >= STRONG_WEIGHT, slotCount);
          }
          // How rare the query word is counts all the words that stand for it strongly (the word and
          // its inflections): "model" is in nearly every paper however it is spelled, and a rare form
          // ("modelling") or completion ("humaneval" for "human") must not make it look distinctive,
          // while a derived word ("token" for "tokenization") must not make it look common.
          const strongDocs = b.tally[STRONG_DOCS]!;
          altCount = addSlotToAlt(b, slotCount, bm25Idf(n, strongDocs > 0 ? strongDocs : slotCount), altCount);
        }
        clauseCount = addAltToClause(b, altCount, alt.slots.length, alt.weight, clauseCount);
        if (b.tally[MATCHED] === 1 && alt.expansion) expansions.push(alt.expansion);
      }
      const clauseIdf = bm25Idf(n, clauseCount);
      queryIdf += clauseIdf;
      if (clauseCount > COMMON_SHARE * n) common.add(clauseIndex);
      // Earned topic evidence: a paper in a topic the query names gains on the parts the topic's term
      // covers where its own words do not meet them (it is not counted as matching them in full).
      for (const { topic, parts } of named) if (parts.includes(clauseIndex)) clauseCount = addTopicToClause(b, topicDocs[topic] ?? [], TOPIC_WEIGHT * clauseIdf, clauseCount);
      scoredCount = addClauseToTotal(b, clauseCount, clauseIdf, !common.has(clauseIndex), scoredCount);
    });

    for (const { lists, bonus } of proximity) addProximity(b, lists, bonus);

    // A paper matches the query when it matches every part, or, where the query has parts that are
    // not common, every one of those: a paper on long context that never says "language models"
    // matches "long context language models" in a catalog of language-model papers. A paper matching
    // only some parts is a result when they carry enough of the query: "diffusion" of "diffusion
    // language", not "language" alone.
    const needed = common.size < clauses.length ? clauses.length - common.size : 0;
    const { keys, others } = b;
    let found = rankKeys(b, scoredCount, required, needed, clauses.length, PARTIAL_SHARE * queryIdf);
    const complete = b.tally[COMPLETE]!;
    const other = b.tally[OTHERS]!;
    // Too few results that way (a question in the reader's own words, whose distinctive words the
    // papers do not use): the closest of the other partial matches fill the list up to MIN_RESULTS.
    if (found < MIN_RESULTS && other > 0) {
      const best = others.subarray(0, other).sort();
      for (let i = other - 1; i >= 0 && found < MIN_RESULTS; i--) keys[found++] = best[i]!;
    }
    const order = keys.subarray(0, found).sort();
    const docs = new Int32Array(found);
    for (let i = 0; i < found; i++) docs[i] = DOC_SPAN - 1 - (order[found - 1 - i]! % DOC_SPAN);
    // A query that names a topic: its first results' topics re-rank the first few dozen (feedback.ts).
    if (meta) topicFeedback(docs, complete, meta.topics);
    const corrections = clauses.flatMap((c) => (c.corrected && matchedWords.has(c.corrected) ? [{ from: c.typed[0]!, to: c.corrected }] : []));
    const topics = named.filter((t) => needed === 0 || t.parts.some((k) => !common.has(k))).map((t) => this.manifest.topics[t.topic]!.id);
    // The next keystroke's results are mostly among this one's first: their cards load once these
    // results are painted, in the background, so they paint without a request while every card is
    // still on its way.
    afterPaint(() => {
      for (let i = 0; i < Math.min(docs.length, PREFETCH_CARDS); i++) if (!this.cardNow(docs[i]!)) this.chunked(this.cardChunks, "c", this.manifest.cardChunkSize, docs[i]!, true).catch(() => undefined);
    });
    const notRequired = needed > 0 ? [...common].flatMap((k) => clauses[k]!.typed) : [];
    return { docs, complete, words: [...matchedWords].sort(), query, unfinished, corrections, expansions, topics, notRequired, parts: clauses.length };
  }

  /**
   * Topics the query names, each with the query parts it covers: a topic term whose words are all
   * among the query's ("kv cache" in "kv cache compression"), or, for a term with a stop word in it,
   * that the query writes word for word ("in-context" is named by "in-context learning", not by
   * "long context"). The evidence is earned: the ingest assigned a paper to the topic from its own
   * text (or a curator did).
   */
  private namedTopics(clauses: Clause[], sequence: string[]): { topic: number; parts: number[] }[] {
    const stemsOf = clauses.map((c) => new Set(c.typed.map(stem)));
    const typed = ` ${sequence.map(stem).join(" ")} `;
    const out: { topic: number; parts: number[] }[] = [];
    this.topicTerms().forEach((terms, topic) => {
      const parts = new Set<number>();
      for (const { content, written } of terms) {
        // A term with a stop word in it is named only as written: "in-context" is not "context".
        if (written !== null && !typed.includes(written)) continue;
        if (content.length === 0 || !content.every((s) => stemsOf.some((set) => set.has(s)))) continue;
        stemsOf.forEach((set, k) => content.some((s) => set.has(s)) && parts.add(k));
      }
      if (parts.size > 0) out.push({ topic, parts: [...parts] });
    });
    return out;
  }

  private termStems: { content: string[]; written: string | null }[][] | null = null;
  /**
   * Each topic's terms as namedTopics matches them, stemmed once rather than on every keystroke: the
   * stems of the words that are not stop words, and, for a term with a stop word in it, all its
   * stems as the query must write them (" in context ").
   */
  private topicTerms(): { content: string[]; written: string | null }[][] {
    this.termStems ??= this.manifest.topics.map((t) =>
      t.terms.map((term) => {
        const words = term.split(" ");
        const content = words.filter((w) => !QUERY_STOPWORDS.has(w)).map(stem);
        return { content, written: content.length < words.length ? ` ${words.map(stem).join(" ")} ` : null };
      }),
    );
    return this.termStems;
  }

  private topicLists: number[][] | null = null;
  /** The papers of each topic, by position in the manifest. */
  private topicDocs(meta: MetaData): number[][] {
    if (!this.topicLists) {
      const lists: number[][] = this.manifest.topics.map(() => []);
      meta.topics.forEach((ts, doc) => ts.forEach((t) => lists[t]!.push(doc)));
      this.topicLists = lists;
    }
    return this.topicLists;
  }

  private buffer: ReturnType<typeof makeBuffers> | null = null;
  private buffers(n: number) {
    this.buffer ??= makeBuffers(n);
    return this.buffer;
  }

  /**
   * Papers that hold two neighbouring query words side by side (in any word form) rank higher: for
   * each neighbouring pair, the papers of each pair of their forms (a paper may be in several) and
   * the bonus it earns once.
   */
  private async proximity(sequence: string[], background = false): Promise<{ lists: Int32Array[]; bonus: number }[]> {
    const n = this.manifest.count;
    const idf = async (w: string) => Math.log(1 + n / Math.max(1, await this.df(w)));
    const pairs = sequence.slice(1).map(async (right, i) => {
      const left = sequence[i]!;
      const [lefts, rights] = await Promise.all([this.expand(left, false, false), this.expand(right, false, false)]);
      const lists = await Promise.all([...lefts.keys()].flatMap((a) => [...rights.keys()].map((c) => this.pairDocs(a, c, background))));
      return { lists: lists.filter((l) => l.length > 0), bonus: (PROXIMITY_WEIGHT * ((await idf(left)) + (await idf(right)))) / 2 };
    });
    return (await Promise.all(pairs)).filter((p) => p.lists.length > 0);
  }

  /** A document's entry in a chunk file (`dir`/<n>.json of `size` documents), loading the chunk once. */
  private async chunked<T>(cache: Map<number, Promise<T[]>>, dir: string, size: number, doc: number, background: boolean, loaded?: (c: number, chunk: T[]) => void): Promise<T> {
    const c = Math.floor(doc / size);
    let p = cache.get(c);
    if (!p) {
      p = (this.load(`${dir}/${c}.json`, { background }) as Promise<T[]>).then((chunk) => (loaded?.(c, chunk), chunk));
      cache.set(c, p);
      p.catch(() => cache.delete(c)); // a failed chunk is fetched again next time
    }
    return (await p)[doc % size]!;
  }

  /** What results show before their abstracts arrive, from the card chunks that hold them. */
  async cards(nums: number[]): Promise<ResultCard[]> {
    // Once the first results are shown, every card loads in the background: later keystrokes then
    // paint their results without waiting for a request.
    if (nums.length > 0) this.allCards();
    return Promise.all(
      nums.map(async (doc) => {
        const [title, date, upvotes, authorCount, topics, inferred, id] = this.cardNow(doc) ?? (await this.chunked(this.cardChunks, "c", this.manifest.cardChunkSize, doc, false));
        return {
          doc,
          id: id ?? slugify(title),
          title,
          titleInferred: inferred === 1,
          topics: topics.map((t) => this.manifest.topics[t]!.id),
          date: date ? String(date).replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3") : null,
          upvotes: upvotes >= 0 ? upvotes : null,
          authorCount: authorCount >= 0 ? authorCount : null,
        };
      }),
    );
  }

  /** The abstract of a document if its chunk has already arrived: results render it at once. */
  abstractNow(doc: number): string | undefined {
    return this.loadedChunks.get(Math.floor(doc / this.manifest.chunkSize))?.[doc % this.manifest.chunkSize];
  }

  /** Abstracts of documents, fetching only the chunks that hold them. */
  async abstracts(nums: number[]): Promise<string[]> {
    return Promise.all(nums.map((doc) => this.chunked(this.chunks, "d", this.manifest.chunkSize, doc, true, (c, chunk) => this.loadedChunks.set(c, chunk))));
  }

  private cardParts = new Map<number, CardChunk>();
  private cardsLoading = false;
  /**
   * Every result card, part by part (k/<n>.json), each fetched when the browser is idle once the
   * first results are painted: what comes before the first results is only what they need.
   */
  private allCards() {
    if (this.cardsLoading) return;
    this.cardsLoading = true;
    const size = this.manifest.cardPartSize;
    const next = (k: number) => {
      if (k * size >= this.manifest.count) return;
      if (this.cardParts.has(k)) return next(k + 1);
      whenIdle(() =>
        (this.load(`k/${k}.json`, { background: true }) as Promise<CardChunk>).then(
          (part) => (this.cardParts.set(k, part), next(k + 1)),
          () => (this.cardsLoading = false), // tried again after the next results
        ),
      );
    };
    next(0);
  }

  /** A document's card if its part has arrived. */
  private cardNow(doc: number): CardChunk[number] | undefined {
    return this.cardParts.get(Math.floor(doc / this.manifest.cardPartSize))?.[doc % this.manifest.cardPartSize];
  }

  /** Filter and sort columns for every document, fetched the first time they are needed. */
  metadata(): Promise<MetaData> {
    this.meta ??= (this.load("meta.json", { background: true }) as Promise<MetaData>).then((m) => (this.loadedMeta = m));
    this.meta.catch(() => (this.meta = null));
    return this.meta;
  }

  /** The filter columns if they have arrived. */
  metadataNow(): MetaData | undefined {
    return this.loadedMeta;
  }
}

/** Run `f` once the browser has painted the frame it is working on (soon after, in Node). */
function afterPaint(f: () => void) {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(f, 0));
  else setTimeout(f, 0);
}

/** Run `f` once the browser has painted and is idle (soon after, in Node). */
function whenIdle(f: () => void) {
  afterPaint(typeof requestIdleCallback === "function" ? () => requestIdleCallback(f, { timeout: 2000 }) : f);
}

function makeBuffers(n: number) {
  return {
    slot: new Float64Array(n),
    strong: new Uint8Array(n),
    slotWeight: new Float64Array(n),
    altWeak: new Uint8Array(n),
    clauseMet: new Uint8Array(n),
    seen: new Uint8Array(n),
    paired: new Uint8Array(n),
    alt: new Float64Array(n),
    altCount: new Uint8Array(n),
    clause: new Float64Array(n),
    total: new Float64Array(n),
    mass: new Float64Array(n),
    parts: new Uint8Array(n),
    rareParts: new Uint8Array(n),
    slotDocs: new Int32Array(n),
    altDocs: new Int32Array(n),
    clauseDocs: new Int32Array(n),
    scoredDocs: new Int32Array(n),
    // Sort keys of the papers kept and of the partial matches left out (see search).
    keys: new Float64Array(n),
    others: new Float64Array(n),
    /** Counts handed back by the scoring helpers (STRONG_DOCS, MATCHED, COMPLETE, OTHERS). */
    tally: new Int32Array(4),
  };
}

/** Slots of Buffers.tally: counts the scoring helpers hand back besides their return value. */
const STRONG_DOCS = 0;
const MATCHED = 1;
const COMPLETE = 2;
const OTHERS = 3;
type Buffers = ReturnType<typeof makeBuffers>;

/**
 * One word's postings into the slot of the query word it stands for: each document keeps its best
 * weighted impact and the best weight among its words. Counts the documents first met by a strong
 * word in tally[STRONG_DOCS]; returns the slot's document count.
 */
function addToSlot(b: Buffers, docs: Int32Array, data: Uint8Array, weight: number, strong: boolean, slotCount: number): number {
  const { slot, slotDocs, slotWeight, strong: strongSeen } = b;
  let strongDocs = 0;
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    const v = weight * IMPACT_WEIGHTS[data[k]!]!;
    if (slot[doc] === 0) slotDocs[slotCount++] = doc;
    if (strong && strongSeen[doc] === 0) (strongSeen[doc] = 1), strongDocs++;
    if (v > slot[doc]!) slot[doc] = v;
    if (weight > slotWeight[doc]!) slotWeight[doc] = weight;
  }
  b.tally[STRONG_DOCS]! += strongDocs;
  return slotCount;
}

/** A slot's documents into its alternative, their impact times the slot's idf; the slot is reset. */
function addSlotToAlt(b: Buffers, slotCount: number, idf: number, altCount: number): number {
  const { slotDocs, altDocs, alt, altCount: matches, altWeak, slot, slotWeight, strong } = b;
  for (let i = 0; i < slotCount; i++) {
    const d = slotDocs[i]!;
    if (matches[d] === 0) altDocs[altCount++] = d;
    alt[d]! += slot[d]! * idf;
    matches[d]!++;
    // Only a derived word there ("token" for "tokenization"): the part is not met in full.
    if (slotWeight[d]! <= DERIVED_WEIGHT) altWeak[d] = 1;
    slotWeight[d] = 0;
    slot[d] = 0;
    strong[d] = 0;
  }
  return altCount;
}

/**
 * An alternative's documents into its clause, where every one of its `slots` matched (the clause
 * keeps each document's best alternative); tally[MATCHED] is 1 if any did. The alternative is reset.
 */
function addAltToClause(b: Buffers, altCount: number, slots: number, weight: number, clauseCount: number): number {
  const { altDocs, clauseDocs, alt, altCount: matches, altWeak, clause, clauseMet } = b;
  let matched = 0;
  for (let i = 0; i < altCount; i++) {
    const d = altDocs[i]!;
    if (matches[d] === slots) {
      matched = 1;
      const v = weight * alt[d]!;
      if (clause[d] === 0) clauseDocs[clauseCount++] = d;
      if (v > clause[d]!) clause[d] = v;
      if (altWeak[d] === 0) clauseMet[d] = 1;
    }
    alt[d] = 0;
    matches[d] = 0;
    altWeak[d] = 0;
  }
  b.tally[MATCHED] = matched;
  return clauseCount;
}

/** A named topic's papers into a clause they do not meet by their own words, worth `value` at most. */
function addTopicToClause(b: Buffers, docs: readonly number[], value: number, clauseCount: number): number {
  const { clause, clauseDocs, clauseMet } = b;
  for (const d of docs) {
    if (clauseMet[d] === 1) continue;
    if (clause[d] === 0) clauseDocs[clauseCount++] = d;
    clause[d] = Math.max(clause[d]!, value);
  }
  return clauseCount;
}

/** A clause's documents into the query's totals; `rare` when the clause is not common. The clause is reset. */
function addClauseToTotal(b: Buffers, clauseCount: number, clauseIdf: number, rare: boolean, scoredCount: number): number {
  const { clauseDocs, scoredDocs, seen, total, clause, mass, clauseMet, parts, rareParts } = b;
  for (let i = 0; i < clauseCount; i++) {
    const d = clauseDocs[i]!;
    if (seen[d] === 0) (seen[d] = 1), (scoredDocs[scoredCount++] = d);
    total[d]! += clause[d]!;
    // A part met only by a derived word carries less of the query.
    mass[d]! += clauseMet[d] ? clauseIdf : DERIVED_WEIGHT * clauseIdf;
    parts[d]! += clauseMet[d]!;
    if (rare) rareParts[d]! += clauseMet[d]!;
    clauseMet[d] = 0;
    clause[d] = 0;
  }
  return scoredCount;
}

/** A word pair's bonus to each scored document in any of its lists, once however many hold it. */
function addProximity(b: Buffers, lists: readonly Int32Array[], bonus: number): void {
  const { seen, total, paired } = b;
  for (const docs of lists) {
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k]!;
      if (seen[d] === 1 && paired[d] === 0) (paired[d] = 1), (total[d]! += bonus);
    }
  }
  for (const docs of lists) for (let k = 0; k < docs.length; k++) paired[docs[k]!] = 0;
}

/**
 * Each scored document's sort key (see SCORE_STEPS) into b.keys when it is a result (it matches
 * every part, or every one of the `needed` parts that are not common, or its parts carry at least
 * `partialMass`), else into b.others; returns how many are results, with tally[COMPLETE] of them
 * matching in full and tally[OTHERS] left out. Every document's totals are reset.
 */
function rankKeys(b: Buffers, scoredCount: number, required: Set<number> | undefined, needed: number, clauses: number, partialMass: number): number {
  const { keys, others, scoredDocs, total, mass, parts, rareParts, seen } = b;
  let found = 0;
  let complete = 0;
  let other = 0;
  for (let i = 0; i < scoredCount; i++) {
    const doc = scoredDocs[i]!;
    if (required === undefined || required.has(doc)) {
      const whole = needed > 0 ? rareParts[doc] === needed : parts[doc] === clauses;
      const key = ((whole ? SCORE_STEPS : 0) + Math.min(SCORE_STEPS - 1, Math.round(total[doc]! * 1000))) * DOC_SPAN + (DOC_SPAN - 1 - doc);
      if (whole) complete++;
      if (whole || mass[doc]! >= partialMass) keys[found++] = key;
      else others[other++] = key;
    }
    total[doc] = 0;
    mass[doc] = 0;
    parts[doc] = 0;
    rareParts[doc] = 0;
    seen[doc] = 0;
  }
  b.tally[COMPLETE] = complete;
  b.tally[OTHERS] = other;
  return found;
}

/** A slip of the keyboard changes letters, not numbers: "17764" is not "17765", nor "llama3" "llama2". */
function sameDigits(a: string, b: string): boolean {
  return a.replace(/\D/g, "") === b.replace(/\D/g, "");
}

function intersect(a: Set<number> | undefined, b: Set<number>): Set<number> {
  return a === undefined ? b : new Set([...a].filter((d) => b.has(d)));
}

/**
 * The index words sharing a word's stem, each with the weight it stands for the word with: an
 * inflection ("advanced" for "advances") STEM_WEIGHT, a derived word DERIVED_WEIGHT when it keeps
 * close to the word's meaning ("tokenizer" for "tokenization", "compress" for "compression") and
 * FAR_DERIVED_WEIGHT when it is only the root ("token" for "tokenization", "optimal" for
 * "optimizer"). Only for words of three letters or more: "ge" and "ges" are not forms of one word.
 */
function formsOf(vocab: LoadedVocab, word: string): [string, number][] {
  if (word.length < MIN_PREFIX_LENGTH) return [];
  const own = lemma(word);
  return (vocab.stems.get(stem(word)) ?? []).map((w) => [w, lemma(w) === own ? STEM_WEIGHT : closeDerivation(word, w) ? DERIVED_WEIGHT : FAR_DERIVED_WEIGHT]);
}

/**
 * The completions an unfinished word stands for (see expand): the words of its vocabulary group
 * that start with it, commonest first, prefixExpansions(its length) of them.
 */
function commonestCompletions(vocab: LoadedVocab, word: string): string[] {
  const completions: string[] = [];
  for (let i = lowerBound(vocab.words, word); i < vocab.words.length && vocab.words[i]!.startsWith(word); i++) completions.push(vocab.words[i]!);
  completions.sort((a, b) => vocab.vocab.get(b)! - vocab.vocab.get(a)! || (a < b ? -1 : 1));
  return completions.slice(0, prefixExpansions(word.length));
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
