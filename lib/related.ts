// Related papers: cosine similarity of BM25-weighted vectors over title and abstract, computed once
// at build time. A vector holds a paper's distinctive terms and phrases (two content words side by
// side: "kv cache", "speculative decoding"), each weighted by saturated term frequency (title words
// count TITLE_WEIGHT times), length normalisation and idf; papers that share topics gain a little.
// Each paper is compared only with papers that share one of its distinctive terms (an inverted
// index), so the cost grows with the postings of those terms rather than with all pairs.
import { STOPWORDS, stem, words } from "./text";

export const RELATED_COUNT = 5;
/** Title words count this many times the abstract's. */
export const TITLE_WEIGHT = 3;
/** BM25's saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** A phrase of two content words counts this much as a single term (measured on the labelled check: more is worse). */
const PHRASE_WEIGHT = 1;
/** Each topic two papers share adds this to their similarity, over the topics of the smaller set. */
const TOPIC_WEIGHT = 0.2;
/**
 * A link weaker than this is not shown: a paper with few close neighbours lists fewer, rather than
 * papers that share a word or two with it. On the labelled check, links under 0.12 were 25 of the
 * 280 shown and 1 of the 146 a researcher expected.
 */
export const MIN_SIMILARITY = 0.12;
/** Reasons shown for a link: at most this many, phrases first. */
const REASONS = 3;
/**
 * Words that say how, not what: shared, they explain no link ("lower", "free" of "training-free",
 * "off" of "trade-off"). They stay in the vectors, weighed by idf, but are never shown as a reason
 * on their own.
 */
const GENERIC = new Set(
  `lower higher low high better best free off trade large small fast faster simple simpler efficient efficiency effective
  effectively different same improve improved improves improving improvement performance strong stronger robust
  general generally key main important novel little much many few less more cost costs good poor wide broad across
  significant significantly substantial substantially limited full fully end way ways set sets level levels
  range order step steps time times number numbers data model type types form forms case cases point points
  framework frameworks technique techniques strategy strategies setting settings process problem problems
  solution solutions analysis evaluate evaluation evaluated evaluating effect effects impact role available open
  source code release released recent recently prior previous current further due without need needs needed
  require requires required potential possible enable enables enabling allow allows allowing provide provides
  including include includes specific particular various diverse multiple single whole existing specifically despite
  useful argue argues mean deep dynamic processing preserving preserve output outputs input inputs length query
  generating generate generated generation lightweight understanding baseline baselines architecture architectures
  fine tuned tuning zero shot few search subsequent resource intensive`.split(/\s+/),
);
/** Terms in more than this share of the papers explain nothing and are skipped. */
const MAX_DOC_SHARE = 0.2;
/** The strongest terms of a paper used to find candidates. */
const QUERY_TERMS = 25;
/**
 * Candidates come only from each term's strongest postings: the papers where the term weighs
 * most. This bounds the work per paper, so 10k papers take seconds, not an all-pairs minute.
 */
const MAX_POSTINGS = 200;

export type Related = { id: string; score: number; terms: string[] };
type Doc = { id: string; title: string; abstract: string; topics?: { id: string }[] };
type Vector = Map<string, number>;

/** A text's terms (stemmed content words) and phrases (two content words side by side, "a b"). */
function termsAndPhrases(text: string, display: Map<string, Map<string, number>>): { terms: string[]; phrases: string[] } {
  const terms: string[] = [];
  const phrases: string[] = [];
  let prev: { term: string; word: string } | null = null;
  const seen = (key: string, shown: string) => {
    let m = display.get(key);
    if (!m) display.set(key, (m = new Map()));
    m.set(shown, (m.get(shown) ?? 0) + 1);
  };
  // A phrase never spans punctuation: "key-value (KV) cache" gives "key value" and "kv cache", not "value kv".
  for (const w of text.split(/[^\p{L}\p{N}\s-]+/u).flatMap((part) => ["", ...words(part)])) {
    const content = w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w);
    if (!content) {
      prev = null; // a stop word, or "" where punctuation was
      continue;
    }
    const t = stem(w);
    terms.push(t);
    seen(t, w);
    if (prev) {
      const phrase = `${prev.term} ${t}`;
      phrases.push(phrase);
      seen(phrase, `${prev.word} ${w}`);
    }
    prev = { term: t, word: w };
  }
  return { terms, phrases };
}

function vectors(docs: Doc[], display: Map<string, Map<string, number>>): Vector[] {
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    const title = termsAndPhrases(d.title, display);
    const abstract = termsAndPhrases(d.abstract, display);
    for (const t of [...title.terms, ...title.phrases]) tf.set(t, (tf.get(t) ?? 0) + TITLE_WEIGHT);
    for (const t of [...abstract.terms, ...abstract.phrases]) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { tf, length: title.terms.length * TITLE_WEIGHT + abstract.terms.length };
  });
  const df = new Map<string, number>();
  for (const { tf } of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const maxDf = Math.max(2, Math.floor(n * MAX_DOC_SHARE));
  const avg = tfs.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
  return tfs.map(({ tf, length }) => {
    const v: Vector = new Map();
    let norm = 0;
    const lengthNorm = 1 - B + (B * length) / Math.max(1, avg);
    for (const [t, f] of tf) {
      const d = df.get(t)!;
      if (d < 2 || d > maxDf) continue; // a term no other paper has links nothing
      const w = ((f * (K1 + 1)) / (f + K1 * lengthNorm)) * Math.log(1 + (n - d + 0.5) / (d + 0.5)) * (t.includes(" ") ? PHRASE_WEIGHT : 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** How a term or phrase is shown: its commonest spelling in the papers. */
function shown(display: Map<string, Map<string, number>>, key: string): string {
  return [...(display.get(key) ?? new Map([[key, 1]]))].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * The reasons for a link: the shared phrases and terms that weigh most in both papers, phrases
 * first, never a generic word alone, and no term already said by a phrase shown.
 */
function reasons(a: Vector, b: Vector, display: Map<string, Map<string, number>>, inTitles: Set<string>): string[] {
  const shared = [...a.keys()]
    .filter((t) => b.has(t))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)! || (x < y ? -1 : 1));
  const out: string[] = [];
  const said = new Set<string>();
  const generic = (p: string) => GENERIC.has(p) || GENERIC.has(shown(display, p));
  // Phrases, then single terms that one of the two titles names: a word only the abstracts share
  // ("throughput", "argue") says too little on its own.
  for (const t of [...shared.filter((t) => t.includes(" ")), ...shared.filter((t) => !t.includes(" ") && inTitles.has(t))]) {
    if (out.length === REASONS) break;
    const parts = t.split(" ");
    if (parts.some(generic) || parts.every((p) => said.has(p))) continue;
    out.push(shown(display, t));
    for (const p of parts) said.add(p);
  }
  return out;
}

/** For every paper (or only those in `only`), its most similar other papers with the shared terms that explain the link. */
export function relatedPapers(docs: Doc[], count = RELATED_COUNT, only?: ReadonlySet<string>): Map<string, Related[]> {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const display = new Map<string, Map<string, number>>();
  const vecs = vectors(sorted, display);
  const topics = sorted.map((d) => new Set((d.topics ?? []).map((t) => t.id)));
  const titleTerms = sorted.map((d) => termsAndPhrases(d.title, new Map()).terms);
  const topicOverlap = (i: number, j: number) => {
    const small = Math.min(topics[i]!.size, topics[j]!.size);
    if (small === 0) return 0;
    let shared = 0;
    for (const t of topics[i]!) if (topics[j]!.has(t)) shared++;
    return (TOPIC_WEIGHT * shared) / small;
  };
  // Postings carry their weights, so the inner loop below does no map lookups.
  const lists = new Map<string, [number, number][]>();
  vecs.forEach((v, i) => {
    for (const [t, w] of v) {
      const list = lists.get(t);
      if (list) list.push([i, w]);
      else lists.set(t, [[i, w]]);
    }
  });
  const postings = new Map<string, { docs: Int32Array; weights: Float64Array }>();
  for (const [t, list] of lists) {
    const kept = list.length > MAX_POSTINGS ? list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_POSTINGS) : list;
    postings.set(t, { docs: Int32Array.from(kept, (x) => x[0]), weights: Float64Array.from(kept, (x) => x[1]) });
  }
  const result = new Map<string, Related[]>();
  const scores = new Float64Array(sorted.length);
  vecs.forEach((v, i) => {
    if (only && !only.has(sorted[i]!.id)) return;
    const touched: number[] = [];
    const strongest = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, QUERY_TERMS);
    for (const [t, w] of strongest) {
      const { docs, weights } = postings.get(t)!;
      for (let k = 0; k < docs.length; k++) {
        const j = docs[k]!;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += w * weights[k]!;
      }
    }
    // Postings are truncated, so the sums are partial: rescore the best candidates exactly.
    const shortlist = topK(touched, (j) => scores[j]!, count * 4);
    for (const j of touched) scores[j] = 0;
    // A link is shown only when it is close and a reader can see why: shared distinctive terms, or a
    // shared topic. One rare word in common ("storage") is a coincidence, not a reason.
    const closest = shortlist
      .map(({ j }) => {
        const shared = topicOverlap(i, j);
        return { j, shared, score: cosine(v, vecs[j]!) + shared };
      })
      .filter(({ score }) => score >= MIN_SIMILARITY)
      .sort((a, b) => b.score - a.score || a.j - b.j);
    const links: Related[] = [];
    for (const { j, shared, score } of closest) {
      if (links.length === count) break;
      const terms = reasons(v, vecs[j]!, display, new Set([...titleTerms[i]!, ...titleTerms[j]!]));
      if (terms.length > 0 || shared > 0) links.push({ id: sorted[j]!.id, score: Math.round(score * 1000) / 1000, terms });
    }
    result.set(sorted[i]!.id, links);
  });
  return result;
}

/** Dot product of two unit vectors, iterating the shorter. */
function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) sum += w * x;
  }
  return sum;
}

/** The k items with the highest key (ties: lower item first), best first; linear in items. */
function topK(items: number[], key: (j: number) => number, k: number): { j: number; score: number }[] {
  const best: { j: number; score: number }[] = [];
  for (const j of items) {
    const score = key(j);
    if (best.length === k && (score < best[k - 1]!.score || (score === best[k - 1]!.score && j > best[k - 1]!.j))) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.j > j))) at--;
    best.splice(at, 0, { j, score });
    if (best.length > k) best.pop();
  }
  return best;
}
