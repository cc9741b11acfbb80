// Related papers: TF-IDF cosine over title and abstract, computed once at build time.
// Each paper is compared only with papers that share one of its distinctive terms (an inverted
// index), so the cost grows with the postings of those terms rather than with all pairs.
import { terms } from "./text";

export const RELATED_COUNT = 5;
/** Title words count this many times the abstract's. */
export const TITLE_WEIGHT = 3;
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
type Doc = { id: string; title: string; abstract: string };
type Vector = Map<string, number>;

function vectors(docs: Doc[]): Vector[] {
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of terms(d.title)) tf.set(t, (tf.get(t) ?? 0) + TITLE_WEIGHT);
    for (const t of terms(d.abstract)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const maxDf = Math.max(2, Math.floor(n * MAX_DOC_SHARE));
  return tfs.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const d = df.get(t)!;
      if (d < 2 || d > maxDf) continue; // a term no other paper has links nothing
      const w = (1 + Math.log(f)) * Math.log(n / d);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** For every paper (or only those in `only`), its most similar other papers with the shared terms that explain the link. */
export function relatedPapers(docs: Doc[], count = RELATED_COUNT, only?: ReadonlySet<string>): Map<string, Related[]> {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const vecs = vectors(sorted);
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
    const best = shortlist
      .map(({ j }) => ({ j, score: cosine(v, vecs[j]!) }))
      .sort((a, b) => b.score - a.score || a.j - b.j)
      .slice(0, count);
    result.set(
      sorted[i]!.id,
      best.map(({ j, score }) => ({
        id: sorted[j]!.id,
        score: Math.round(score * 1000) / 1000,
        terms: [...v.keys()]
          .filter((t) => vecs[j]!.has(t))
          .sort((a, b) => v.get(b)! * vecs[j]!.get(b)! - v.get(a)! * vecs[j]!.get(a)! || (a < b ? -1 : 1))
          .slice(0, 3),
      })),
    );
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
