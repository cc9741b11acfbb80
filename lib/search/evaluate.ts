// Relevance metrics for a set of judged queries: recall@1, recall@5 and MRR@10.
// recall@k of one query = share of its relevant papers in the top k, out of at most k
// (a broad query with eight right answers is fully recalled by any five of them).

import type { SearchEngine } from "./engine";
import { QUERY_STOPWORDS, toWords } from "./options";

export type Judged = { q: string; kind: string; relevant: string[] };
export type QueryScore = { q: string; kind: string; recall1: number; recall5: number; rr: number; top: string[] };
export type Metrics = { recall1: number; recall5: number; mrr: number; queries: QueryScore[]; byKind: Map<string, { recall5: number; count: number }> };

export function scoreQuery(judged: Judged, ranked: string[]): QueryScore {
  const relevant = new Set(judged.relevant);
  const recallAt = (k: number) => ranked.slice(0, k).filter((id) => relevant.has(id)).length / Math.min(k, relevant.size);
  const first = ranked.slice(0, 10).findIndex((id) => relevant.has(id));
  return { q: judged.q, kind: judged.kind, recall1: recallAt(1), recall5: recallAt(5), rr: first < 0 ? 0 : 1 / (first + 1), top: ranked.slice(0, 5) };
}

export async function evaluate(queries: Judged[], search: (q: string) => Promise<string[]>): Promise<Metrics> {
  const scored: QueryScore[] = [];
  for (const j of queries) scored.push(scoreQuery(j, await search(j.q)));
  const mean = (f: (s: QueryScore) => number, list = scored) => list.reduce((a, s) => a + f(s), 0) / Math.max(1, list.length);
  const kinds = [...new Set(scored.map((s) => s.kind))].sort();
  const byKind = new Map(kinds.map((k) => {
    const list = scored.filter((s) => s.kind === k);
    return [k, { recall5: mean((s) => s.recall5, list), count: list.length }];
  }));
  return { recall1: mean((s) => s.recall1), recall5: mean((s) => s.recall5), mrr: mean((s) => s.rr), queries: scored, byKind };
}

/** One line of figures: recall@1, recall@5, MRR and recall@5 by kind. */
export function describeMetrics(m: Metrics): string {
  const kinds = [...m.byKind].map(([k, v]) => `${k} ${v.recall5.toFixed(2)} (${v.count})`).join(", ");
  return `recall@1 ${m.recall1.toFixed(3)}, recall@5 ${m.recall5.toFixed(3)}, MRR ${m.mrr.toFixed(3)} over ${m.queries.length} queries; recall@5 by kind: ${kinds}`;
}

/** A judged query as written in tests/fixtures/relevance.json: papers named by their title. */
export type JudgedByTitle = { q: string; kind: string; expect: string[] };

/**
 * Resolve judged papers to ids: each is named by the start of its title, or, for an inferred
 * title, by a name the title contains. A name that fits no paper or several is an error.
 */
type Titled = { id: string; title: string; titleInferred: boolean };

/** The id of the one paper named by the start of its title, or, for an inferred title, a name it contains. */
export function resolveTitle(prefix: string, papers: Titled[]): string {
  let found = papers.filter((p) => p.title.startsWith(prefix));
  if (found.length === 0) found = papers.filter((p) => p.titleInferred && p.title.includes(prefix));
  if (found.length !== 1) throw new Error(`judged set: "${prefix}" names ${found.length} papers`);
  return found[0]!.id;
}

export function resolveJudged(raw: JudgedByTitle[], papers: Titled[]): Judged[] {
  return raw.map((r) => ({ q: r.q, kind: r.kind, relevant: r.expect.map((t) => resolveTitle(t, papers)) }));
}

/** The ids of the first ten papers the engine ranks for a query: what the metrics score. */
export async function rankedIds(engine: SearchEngine, query: string): Promise<string[]> {
  return (await engine.cards([...(await engine.search(query)).docs.subarray(0, 10)])).map((d) => d.id);
}

/**
 * How well queries that papers write as a phrase find the papers that write them so: every pair of
 * neighbouring words (three letters or more, no stop words) that `from` to `to` papers hold, every
 * `step`-th of them, commonest first, each searched as typed out. Returns how many, and the share of
 * the first five places (of at most as many papers as hold the phrase) that such papers fill.
 */
export async function phraseShare(papers: { id: string; text: string }[], search: (q: string) => Promise<string[]>, { from = 3, to = 40, step = 3, count = 80 } = {}): Promise<{ queries: number; share: number }> {
  const texts = new Map(papers.map((p) => [p.id, ` ${toWords(p.text).join(" ")} `]));
  const isContent = (w: string) => /^[a-z]{3,}$/.test(w) && !QUERY_STOPWORDS.has(w);
  const df = new Map<string, number>();
  for (const text of texts.values()) {
    const words = text.trim().split(" ");
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < words.length; i++) if (isContent(words[i]!) && isContent(words[i + 1]!)) pairs.add(`${words[i]} ${words[i + 1]}`);
    for (const p of pairs) df.set(p, (df.get(p) ?? 0) + 1);
  }
  const phrases = [...df].filter(([, n]) => n >= from && n <= to).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const picked = phrases.filter((_, i) => i % step === 0).slice(0, count);
  let sum = 0;
  for (const [phrase, n] of picked) {
    const top = (await search(`${phrase} `)).slice(0, 5);
    sum += top.filter((id) => texts.get(id)?.includes(` ${phrase} `)).length / Math.min(5, n);
  }
  return { queries: picked.length, share: sum / Math.max(1, picked.length) };
}

/**
 * How well a word typed with one slip finds what the word finds: `count` words of seven letters or
 * more that at least two papers hold, each with a letter dropped, two neighbours swapped or a letter
 * replaced (seeded, so every run types the same slips), searched typed out. Returns how many were
 * tried (slips that are words themselves are skipped) and the share whose first result is the
 * word's first result.
 */
export async function typoShare(texts: string[], search: (q: string) => Promise<string[]>, { count = 400, seed = 7 } = {}): Promise<{ queries: number; share: number }> {
  const df = new Map<string, number>();
  for (const text of texts) for (const w of new Set(toWords(text))) df.set(w, (df.get(w) ?? 0) + 1);
  const words = [...df].filter(([w, n]) => n >= 2 && /^[a-z]{7,}$/.test(w)).map(([w]) => w).sort();
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let tried = 0;
  let same = 0;
  for (let i = 0; i < count && words.length > 0; i++) {
    const w = words[Math.floor(random() * words.length)]!;
    const k = 1 + Math.floor(random() * (w.length - 2));
    const slip = [w.slice(0, k) + w.slice(k + 1), w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2), `${w.slice(0, k)}e${w.slice(k + 1)}`][Math.floor(random() * 3)]!;
    if (slip === w || df.has(slip)) continue;
    tried++;
    const [meant, typed] = await Promise.all([search(`${w} `), search(`${slip} `)]);
    if (meant[0] !== undefined && meant[0] === typed[0]) same++;
  }
  return { queries: tried, share: same / Math.max(1, tried) };
}
