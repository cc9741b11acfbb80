// Search options shared by the index build (Node) and the browser: how text becomes words, how
// words are stemmed and sharded, how postings are packed, and the ranking weights.
import { stem as porter2 } from "porter2";

export { toWords } from "./words";

/**
 * BM25F (Robertson and Zaragoza, "The Probabilistic Relevance Framework", 2009): a word's
 * occurrences in the title and the abstract are weighed by field and normalised by the field's
 * length against its average, summed into one term frequency, and saturated:
 *   tf = TITLE_WEIGHT * tf_title / B_title + ABSTRACT_WEIGHT * tf_abstract / B_abstract,
 *   B_f = 1 - b_f + b_f * length_f / average length_f,
 *   impact = tf * (K1 + 1) / (tf + K1)
 * (tf_abstract counting a word in the abstract's opening words more: OPENING_WEIGHT, below),
 * and a paper's score for a query word is its impact times the word's idf. The impact is worked out
 * when the index is built and stored with each posting, so the browser needs no field lengths.
 */
export const TITLE_WEIGHT = 5;
export const ABSTRACT_WEIGHT = 1;
export const TITLE_B = 0.5;
export const ABSTRACT_B = 0.75;
export const K1 = 2;
/**
 * The opening of an abstract, its first OPENING_WORDS indexed words, says what the paper is about
 * ("We study catastrophic forgetting ..."); a paper that names a subject only in passing further on
 * ("... a mixture that avoids catastrophic forgetting") is less about it. Each occurrence there adds
 * OPENING_WEIGHT to the word's abstract term frequency, before the abstract's length normalisation.
 * Measured on the judged sets (206 queries): recall@5 0.880 -> 0.891, MRR 0.948 -> 0.953; with
 * 10k distractors 0.843 -> 0.849. The first 30 to 80 words, or the first one or two sentences,
 * counting once or twice more, all measured within 0.880 to 0.892.
 */
export const OPENING_WORDS = 50;
export const OPENING_WEIGHT = 1;
/** Impacts are stored in IMPACT_BITS bits: IMPACT_LEVELS steps from 0 to K1 + 1. */
export const IMPACT_BITS = 5;
export const IMPACT_LEVELS = 2 ** IMPACT_BITS - 1;

/** The BM25F impact of a word in a paper, quantised to 1..IMPACT_LEVELS. */
export function impactLevel(tfTitle: number, titleNorm: number, tfAbstract: number, abstractNorm: number): number {
  const tf = (TITLE_WEIGHT * tfTitle) / titleNorm + (ABSTRACT_WEIGHT * tfAbstract) / abstractNorm;
  const impact = tf / (tf + K1);
  return Math.max(1, Math.min(IMPACT_LEVELS, Math.round(impact * IMPACT_LEVELS)));
}

/** A stored impact level back to its weight, from 0 to K1 + 1. */
export const impactWeight = (level: number): number => (level / IMPACT_LEVELS) * (K1 + 1);
/**
 * A paper matching only some parts of the query is a result when the parts it matches carry at
 * least this share of the query's idf: it holds the query's distinctive words, not only its common
 * ones. Papers matching every part always are.
 */
export const PARTIAL_SHARE = 0.5;
/**
 * A part of the query found in more than this share of the papers ("language", "models" in a
 * catalog of language-model papers) says little about the subject: a paper need not hold it to
 * match the query, when the query has rarer parts. It still counts towards the score. Half is where
 * BM25's original idf, log((n - df + 0.5) / (df + 0.5)), reaches zero: past it, holding the word is
 * no evidence of relevance. (0.25 to 0.6 measured within 0.01 of each other on both judged sets.)
 */
export const COMMON_SHARE = 0.5;
/**
 * A paper in a topic the query names gains this much of a part's idf where its own words do not
 * meet that part (see namedTopics in engine.ts): less than one mention of the word would.
 */
export const TOPIC_WEIGHT = 0.6;
/**
 * Topic feedback (see feedback.ts): where the query names a topic, the topics of its first
 * FEEDBACK_DEPTH results say what it is about, and the first FEEDBACK_WINDOW are re-ranked: a
 * result's place counts FEEDBACK_RANK / (FEEDBACK_RANK + rank), its share of those topics
 * FEEDBACK_WEIGHT. Measured on both judged sets and on an independent re-judging of them (0.4 to
 * 0.8 all gain; 0.6 keeps the first result where it was on every judged query).
 */
export const FEEDBACK_DEPTH = 10;
export const FEEDBACK_WINDOW = 60;
export const FEEDBACK_RANK = 3;
export const FEEDBACK_WEIGHT = 0.6;
/**
 * Two query words found side by side in a paper add this much of their mean idf: "state space
 * models" ranks a paper that says "state space models" above one titled "the design space of
 * language models" that says "state-of-the-art". With 1, papers holding a query of two catalog
 * words as a phrase filled 84% of the first five places they could (80 such phrases); with 2, 89%,
 * with the judged sets unchanged (recall@5 0.880, with 10k distractors 0.843).
 */
export const PROXIMITY_WEIGHT = 2;
/** Candidate words found by word form, prefix, typo or acronym count less than the word typed. */
export const STEM_WEIGHT = 0.95;
/**
 * A derived form sharing the stem but not the word, close to its meaning ("tokenizer" for
 * "tokenization", "distill" for "distillation"; see closeDerivation), counts this much: it is
 * evidence, weaker than the word or its inflections, and a paper holding only it does not match
 * the word in full.
 */
export const DERIVED_WEIGHT = 0.4;
/**
 * A derived form that is only the root of the word ("token" for "tokenization") counts half as much:
 * in the papers that match a one-word query in part, "tokenizer" papers come before papers that
 * only mention tokens. Measured: "tokenization" recall@5 0.2 -> 0.6, judged recall@5 0.891 -> 0.894,
 * no other judged query, phrase or typo figure changed.
 */
export const FAR_DERIVED_WEIGHT = DERIVED_WEIGHT / 2;
/** Words standing for a query word at least this strongly decide how rare it is (its idf). */
export const STRONG_WEIGHT = 0.9;

/** Suffixes that make a verb's noun of action: compress-ion, distill-ation, retriev(e)-al. */
const ACTION_NOUN = ["ion", "ation", "ition", "al"];

/**
 * Whether `form`, derived from the same stem as `word`, keeps close to its meaning: it shares more
 * of the word than the stem ("tokenizer" and "tokenization" share "tokeniz", past the stem "token"),
 * or one is the verb and the other its noun of action ("compress" and "compression", "distill" and
 * "distillation", "retrieve" and "retrieval"). The bare root ("token" for "tokenization") is not.
 */
export function closeDerivation(word: string, form: string): boolean {
  const [a, b] = [lemma(word), lemma(form)];
  // (A verb's lemma may have lost a doubled last letter: "distilled" -> distil, "distillation".)
  const actionNoun = (verb: string, noun: string) => ACTION_NOUN.some((suffix) => noun === verb + suffix || noun === verb + verb.at(-1) + suffix);
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared > stem(word).length || actionNoun(a, b) || actionNoun(b, a);
}

/**
 * British spellings as American ones, so both are one word: "optimisation" and "optimization",
 * "behaviour" and "behavior", "analysed" and "analyzed", "centre" and "center", "dialogue" and
 * "dialog". Applied to every word alike, it joins words only where the two spellings exist ("noise"
 * reads "noize", which no paper writes). Short words keep theirs: "four" is not "for".
 */
export function americanSpelling(word: string): string {
  // One test first: most words end otherwise, and this runs for every word of the vocabulary.
  if (word.length < 6 || !BRITISH_ENDING.test(word)) return word;
  return word
    .replace(/(?<=[a-z]{3})is(e|es|ed|ing|er|ers|ation|ations)$/, "iz$1")
    .replace(/(?<=[a-z]{3})our(s|ed|ing)?$/, "or$1")
    .replace(/(?<=[a-z]{3})ys(e|ed|ing)$/, "yz$1")
    .replace(/(?<=[a-z]{3})tre(s)?$/, "ter$1")
    .replace(/(?<=[a-z]{3})ogue(s)?$/, "og$1");
}

const BRITISH_ENDING = /(?:is(?:e|es|ed|ing|er|ers|ation|ations)|ours?|oured|ouring|ys(?:e|ed|ing)|tres?|ogues?)$/;

/** The British spelling of an American -ize or -yze word ("normalization" -> "normalisation"), or the word. */
export function britishSpelling(word: string): string {
  return word.replace(/(?<=[a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations)$/, "is$1").replace(/(?<=[a-z]{3})yz(e|ed|ing)$/, "ys$1");
}

/**
 * Words that may be a word's verb or its noun of action when the two have different stems
 * ("extend" and "extension", "detoxifying" and "detoxification", "reduce" and "reduction", "solve"
 * and "solution"): candidates only, to look up in the index. Stems shorter than three letters give
 * none ("nation" is no noun of "n").
 */
export function actionRelatives(word: string): string[] {
  const out: string[] = [];
  const noun = NOUN_ENDINGS.find(([end]) => word.endsWith(end) || word.endsWith(`${end}s`));
  if (noun) {
    const base = word.slice(0, word.lastIndexOf(noun[0]));
    if (base.length >= 3) out.push(...noun[1].map((v) => base + v));
  } else {
    const verb = lemma(word);
    out.push(`${verb}ion`, `${verb}tion`, `${verb}ation`);
    for (const [end, suffix] of VERB_ENDINGS) if (verb.endsWith(end)) out.push(verb.slice(0, -end.length) + suffix);
  }
  return [...new Set(out)].filter((w) => w !== word && w.length >= 5);
}
/** A noun of action's ending, and the verb endings it may come from (the first that fits decides). */
const NOUN_ENDINGS: [string, string[]][] = [["ication", ["y"]], ["sion", ["d", "de"]], ["ution", ["ve"]], ["ption", ["be"]], ["ation", ["ate", "e", ""]], ["tion", ["e", ""]]];
/** A verb's (lemma's) last letter, and the noun of action ending that takes its place. */
const VERB_ENDINGS: [string, string][] = [["y", "ication"], ["d", "sion"], ["v", "ution"], ["b", "ption"]];

/**
 * A word without its inflection ("models", "modelling", "generated", "studies" -> model, model,
 * generat, study), with a final "e" dropped, so that inflections of one word share it and derived
 * words ("generation", "tokenizer") do not. British and American spellings share it.
 */
export function lemma(word: string): string {
  let w = americanSpelling(word);
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ied")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(sses|xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (/.{3}(ing|ed)$/.test(w)) {
    w = w.replace(/(ing|ed)$/, "");
    if (/([bcdghj-np-rtv-y])\1$/.test(w)) w = w.slice(0, -1); // modelling, stopped; not compressed, stuffed, buzzed
  }
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
export const PREFIX_WEIGHT = 0.85;
export const TYPO_WEIGHT = 0.7;
export const ACRONYM_WEIGHT = 0.9;
/**
 * At most this many completions of an unfinished word, most frequent first: 6 for three letters,
 * 12 for four, 24 from five. Three letters say little yet ("con"), and each completion may need
 * another shard fetched while the person types.
 */
export const MAX_PREFIX_EXPANSIONS = 24;
export const prefixExpansions = (length: number): number => Math.min(MAX_PREFIX_EXPANSIONS, 6 * 2 ** Math.max(0, length - 3));
/** Unfinished words shorter than this are not completed: "s" would match half the catalog. */
export const MIN_PREFIX_LENGTH = 3;
/** Words of at least this length tolerate one wrong, missing, extra or swapped letter. */
export const TYPO_MIN_LENGTH = 5;
/**
 * An unfinished word of at least this many letters that starts words of the index but is not one is
 * also read as a typo of a commoner word: "compressin" finds "compression" beside "compressing".
 * Shorter ones are usually a word still being typed, whose one-letter neighbours mean other things.
 */
export const UNFINISHED_TYPO_LENGTH = 7;
/**
 * English words of grammar, never taken as the word a typo meant: "whole", which no paper here says,
 * is not "while" or "whose", and a misspelt "thier" means nothing worth finding in "their". Only the
 * lengths a typo reaches (TYPO_MIN_LENGTH, one letter either way).
 */
export const NOT_TYPO_TARGETS = new Set(
  ("about above across after again against along already also although always among another around because before behind being below " +
    "beside besides between beyond cannot could doing during either else every further hence having however indeed itself might " +
    "neither never often other others otherwise perhaps quite rather shall should since still than that their theirs them " +
    "themselves then thence there thereby therefore these they thing things this those though through throughout thus together " +
    "toward towards under unless unlike until upon very well were what whatever when whence whenever where whereas whereby " +
    "wherein whether which whichever while whilst whom whose within without would yours").split(" "),
);
/** Longer queries are cut: nobody types more, and the cost stays bounded. */
export const MAX_QUERY_WORDS = 24;
/** Abstracts per chunk file: the snippets of a page of results fetch only the chunks they need. */
export const DOC_CHUNK_SIZE = 8;
/**
 * Every result card, in files of this many papers (k/<n>.json), loaded one by one when the browser is
 * idle after the first results: later keystrokes then paint without a request, and no one file is
 * big enough for its parsing to hold up a keystroke (one file of 50k cards takes tens of ms).
 */
export const CARD_PART_SIZE = 2048;
/** Result cards (title, date, topics) per chunk file: the results shown fetch only their chunks. */
export const CARD_CHUNK_SIZE = 32;
/**
 * Postings are sharded by the first characters of their words: by two, and a group with more than
 * SHARD_POSTINGS postings is split by one more character, and so on, so a shard stays small at any
 * catalog size. The vocabulary (every word and its document frequency) is one file, loaded on first
 * use: completions and typo candidates need no request, and it tells which shard to fetch next.
 */
export const SHARD_KEY_LENGTH = 2;
export const SHARD_POSTINGS = 16000;
export const MAX_SHARD_KEY_LENGTH = 6;
/** The vocabulary is grouped in memory by this many first characters (completions, word forms). */
export const VOCAB_KEY_LENGTH = 2;

/**
 * Query words that carry no meaning on their own (kept inside quoted phrases), and those that frame
 * a question to a catalog of papers ("papers about ...", "RAG vs finetuning"): no paper is about them.
 */
export const QUERY_STOPWORDS = new Set(
  "a an and are as at be by can do does for from how in into is it its of on or that the their this to via what which who why with without we our about paper papers vs versus".split(" "),
);

/**
 * Porter2 (Snowball English) stem of a word: quantize, quantization -> "quantiz"; pruned, pruning ->
 * "prune". Porter2 rather than the original Porter: it keeps "generate" ("generat") apart from
 * "general", which the original joins as "gener".
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 2) return word;
  // Porter2 keeps the "s" of a plural with no vowel before it: the plural of an acronym ("llms",
  // "rnns") is then not a form of the acronym. Such words are not English words, so drop it.
  return /^[^aeiouy]+[^aeiouys]s$/.test(word) ? word.slice(0, -1) : porter2(americanSpelling(word));
}

/** A word's first characters, safe as a file name. */
export function shardKey(word: string, length: number): string {
  return [...word]
    .slice(0, length)
    .map((c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`))
    .join("");
}

export const vocabKey = (word: string): string => shardKey(word, VOCAB_KEY_LENGTH);

/** The shard a word lives in: the longest of the shard keys that is a prefix of it. */
export function resolveShard(word: string, keys: ReadonlySet<string>): string | null {
  for (let n = MAX_SHARD_KEY_LENGTH; n >= 1; n--) {
    const key = shardKey(word, n);
    if (keys.has(key)) return key;
  }
  return null;
}

/** A bigram token for exact phrases: "mixture of" -> "mixture_of". */
export function bigram(a: string, b: string): string {
  return `${a}_${b}`;
}

/** The two words of a bigram token, or null for a word (words never hold "_"). */
export function splitBigram(token: string): [string, string] | null {
  const at = token.indexOf("_");
  return at < 0 ? null : [token.slice(0, at), token.slice(at + 1)];
}

/**
 * The word whose shard holds a word pair: its rarer word (by document frequency, ties by
 * code point), so common words do not gather every pair they are part of into one huge shard.
 */
export function rarerWord(a: string, dfA: number, b: string, dfB: number): string {
  return dfA < dfB || (dfA === dfB && a <= b) ? a : b;
}

/**
 * Postings are packed one number per paper, in paper order: the gap from the previous paper's
 * number, shifted left by `bits`, with `bits` bits of data (a word's impact level; for a word pair,
 * whether it is in the title). Small gaps make short numbers, and JSON and gzip keep them small.
 */
export function packPostings(docs: readonly number[], data: readonly number[], bits: number): number[] {
  let last = 0;
  return docs.map((doc, i) => {
    const gap = doc - last;
    last = doc;
    return gap * 2 ** bits + data[i]!;
  });
}

export function unpackPostings(packed: readonly number[], bits: number): { docs: Int32Array; data: Uint8Array } {
  const docs = new Int32Array(packed.length);
  const data = new Uint8Array(packed.length);
  const span = 2 ** bits;
  let doc = 0;
  for (let i = 0; i < packed.length; i++) {
    const v = packed[i]!;
    doc += Math.floor(v / span);
    docs[i] = doc;
    data[i] = v % span;
  }
  return { docs, data };
}

/** Single letters ("s" of "it's", "a") are not indexed: they say nothing and match half the catalog. */
export function isIndexedWord(word: string): boolean {
  return word.length > 1 || !/^[a-z]$/.test(word);
}

/** Where the search files live, relative to the site root. */
export const SEARCH_DIR = "search-index";
