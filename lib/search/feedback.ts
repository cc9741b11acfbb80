// Topic feedback: the cluster hypothesis (papers on one subject are relevant to the same queries)
// applied with the catalog's own topics. For a query that names a topic, the first results are mostly
// right, and the topics they share say what the query is about: a paper a little further down in the
// same topics is likelier to be wanted than one above it in none of them. A cheap, earned form of
// pseudo-relevance feedback: it needs only the topic column the topic evidence has already loaded, and
// no second round of postings.
import { FEEDBACK_DEPTH, FEEDBACK_RANK, FEEDBACK_WEIGHT, FEEDBACK_WINDOW } from "./options";

/**
 * Re-rank, in place, the first FEEDBACK_WINDOW of `docs` (ranked best first), papers matching every
 * part of the query (the first `complete`) and papers matching some each among themselves, so the
 * count of complete matches stays true. Each topic weighs the reciprocal ranks of the first
 * FEEDBACK_DEPTH results in it (a paper in two topics gives each half); a result scores
 * FEEDBACK_RANK / (FEEDBACK_RANK + rank) plus FEEDBACK_WEIGHT times its best topic's share.
 */
export function topicFeedback(docs: Int32Array, complete: number, topicsOf: readonly (readonly number[])[]): void {
  const window = Math.min(docs.length, FEEDBACK_WINDOW);
  if (window < 2) return;
  const weight = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < Math.min(window, FEEDBACK_DEPTH); i++) {
    const topics = topicsOf[docs[i]!] ?? [];
    for (const t of topics) weight.set(t, (weight.get(t) ?? 0) + 1 / (i + 1) / topics.length);
    total += 1 / (i + 1);
  }
  const score = new Map<number, number>();
  for (let i = 0; i < window; i++) {
    let share = 0;
    for (const t of topicsOf[docs[i]!] ?? []) share = Math.max(share, (weight.get(t) ?? 0) / total);
    score.set(docs[i]!, FEEDBACK_RANK / (FEEDBACK_RANK + i) + FEEDBACK_WEIGHT * share);
  }
  const byScore = (a: number, b: number) => score.get(b)! - score.get(a)!;
  const split = Math.min(complete, window);
  docs.set([...docs.subarray(0, split)].sort(byScore), 0);
  docs.set([...docs.subarray(split, window)].sort(byScore), split);
}
