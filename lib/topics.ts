// Stage 3 of the ingest: put every paper in 1-3 topics of the hand-written taxonomy.
// A topic is defined by weighted phrases; a phrase found in the title counts TITLE_FACTOR times
// one found only in the abstract. The record keeps the matched phrases and the score, so a reader
// can see why a paper sits where it does. Pure and deterministic.
import { renamedEnd } from "./renamed";
import { topicPath } from "./routes";
import type { Corrections, PaperRecord, PublishedEntry, TopicAssignment, TopicRecord } from "./schema";
import { stem, words } from "./text";

export const TITLE_FACTOR = 3;
/** A paper needs at least this score to enter a topic by matching. */
export const MIN_SCORE = 4;
/** A second or third topic must score at least this share of the paper's best topic. */
export const SECONDARY_SHARE = 0.5;
export const MAX_TOPICS = 3;
/** No topic may hold more than this share of the papers. */
export const MAX_TOPIC_SHARE = 0.25;
export const MIN_TOPIC_SIZE = 4;
export const UNSORTED = "unsorted";

type Phrase = string[];

/** "Sparse Autoencoders" -> ["spars", ...]: the stemmed word sequence used for matching. */
export function phrase(text: string): Phrase {
  return words(text).map(stem);
}

/** An abstract that keeps returning to a phrase is about it: 1, 1.5, then 2 times the weight. */
function abstractFactor(count: number): number {
  return count === 0 ? 0 : 1 + 0.5 * (Math.min(count, 3) - 1);
}

/**
 * Every phrase of the taxonomy (terms and exclusions), numbered once, and listed under its first
 * word: a paper's words are read once and each word looks up the phrases that can start there,
 * instead of every phrase being looked for in every paper.
 */
type PhraseTable = { phrases: Phrase[]; byFirstWord: Map<string, number[]> };

type CompiledTopic = { id: string; terms: { term: string; weight: number; phrase: number }[]; exclude: number[] };

type Compiled = { topics: CompiledTopic[]; table: PhraseTable };

function compile(topics: TopicRecord[]): Compiled {
  const table: PhraseTable = { phrases: [], byFirstWord: new Map() };
  const numbers = new Map<string, number>();
  const number = (p: Phrase): number => {
    const key = p.join(" ");
    let n = numbers.get(key);
    if (n === undefined) {
      n = table.phrases.push(p) - 1;
      numbers.set(key, n);
      // An empty phrase (a term of punctuation only) never occurs.
      if (p.length > 0) table.byFirstWord.set(p[0]!, [...(table.byFirstWord.get(p[0]!) ?? []), n]);
    }
    return n;
  };
  const compiled = topics.map((t) => {
    // "long context" and "long-context", "architecture" and "architectures" are one phrase once
    // stemmed: count it once, at its highest weight.
    const byPhrase = new Map<string, { term: string; weight: number; phrase: Phrase }>();
    for (const x of t.terms) {
      const p = phrase(x.term);
      const key = p.join(" ");
      const seen = byPhrase.get(key);
      if (!seen || x.weight > seen.weight) byPhrase.set(key, { ...x, phrase: p });
    }
    const terms = [...byPhrase.values()].map((x) => ({ term: x.term, weight: x.weight, phrase: number(x.phrase) }));
    return { id: t.id, terms, exclude: t.exclude.map((x) => number(phrase(x))) };
  });
  return { topics: compiled, table };
}

/** How often each phrase of the table occurs in the word sequence, overlaps included. */
function countPhrases(words: string[], table: PhraseTable): Uint32Array {
  const counts = new Uint32Array(table.phrases.length);
  for (let i = 0; i < words.length; i++) {
    const starting = table.byFirstWord.get(words[i]!);
    if (!starting) continue;
    next: for (const n of starting) {
      const p = table.phrases[n]!;
      for (let j = 1; j < p.length; j++) if (words[i + j] !== p[j]) continue next;
      counts[n]!++;
    }
  }
  return counts;
}

/** Every topic's score for one paper, with the terms that matched, best first. */
export function scoreTopics(paper: Pick<PaperRecord, "title" | "abstract">, topics: TopicRecord[]): TopicAssignment[] {
  return scoreCompiled(paper, compile(topics));
}

function scoreCompiled(paper: Pick<PaperRecord, "title" | "abstract">, { topics, table }: Compiled): TopicAssignment[] {
  const title = countPhrases(phrase(paper.title), table);
  const body = countPhrases(phrase(paper.abstract), table);
  const out: TopicAssignment[] = [];
  for (const t of topics) {
    if (t.exclude.some((x) => title[x]! > 0 || body[x]! > 0)) continue;
    let score = 0;
    const matched: { term: string; s: number }[] = [];
    for (const term of t.terms) {
      const inTitle = title[term.phrase]! > 0;
      const s = term.weight * (inTitle ? TITLE_FACTOR : abstractFactor(body[term.phrase]!));
      if (s > 0) {
        score += s;
        matched.push({ term: term.term, s });
      }
    }
    if (score > 0) {
      matched.sort((a, b) => b.s - a.s || (a.term < b.term ? -1 : 1));
      out.push({ id: t.id, score: Math.round(score * 100) / 100, terms: matched.map((m) => m.term), by: "match" });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** The 1-3 topics a paper belongs to by matching alone. */
function choose(scored: TopicAssignment[]): TopicAssignment[] {
  const best = scored[0];
  if (!best) return [];
  // A weak match is still the best place to look for the paper: it gets that one topic only.
  if (best.score < MIN_SCORE) return [best];
  return scored.filter((s) => s.score >= Math.max(MIN_SCORE, best.score * SECONDARY_SHARE)).slice(0, MAX_TOPICS);
}

/**
 * `formerly` ids that cannot lead to one topic: one that is a topic of its own (in `ids`), or one an
 * earlier topic lists too (`claimedBy`).
 */
export function formerlyClashes(topics: readonly TopicRecord[], ids: ReadonlySet<string> = new Set(topics.map((t) => t.id))): { topic: string; old: string; claimedBy: string | null }[] {
  const claimed = new Map<string, string>();
  const clashes: { topic: string; old: string; claimedBy: string | null }[] = [];
  for (const t of topics) {
    for (const old of t.formerly) {
      if (ids.has(old)) clashes.push({ topic: t.id, old, claimedBy: null });
      else if (claimed.has(old)) clashes.push({ topic: t.id, old, claimedBy: claimed.get(old)! });
      else claimed.set(old, t.id);
    }
  }
  return clashes;
}

/**
 * Each id a topic had before it was renamed, to the topic's id now: its `formerly`, and with
 * `published` (content/published.jsonl) the renames recorded there, so an id renamed twice, whose
 * topic lists only the latest under `formerly`, still names it.
 */
export function formerIds(topics: readonly TopicRecord[], published: readonly PublishedEntry[] = []): Map<string, string> {
  const formerly = new Map(topics.flatMap((t) => t.formerly.map((old) => [old, t.id] as const)));
  const live = new Set(topics.map((t) => t.id));
  const byPath = new Map(published.map((e) => [e.path, e]));
  const out = new Map(formerly);
  for (const e of published) {
    const id = /^\/topics\/([^/]+)\/$/.exec(e.path)?.[1];
    if (id === undefined || e.renamedTo === undefined || live.has(id) || out.has(id)) continue;
    // Where the recorded renames end, or the topic whose formerly names that end.
    const end = renamedEnd(id, topicPath, byPath)!;
    const to = live.has(end) ? end : formerly.get(end);
    if (to !== undefined) out.set(id, to);
  }
  return out;
}

/** The most papers a topic may hold in a catalog of `papers`. */
export function topicCap(papers: number): number {
  return Math.max(MIN_TOPIC_SIZE, Math.floor(papers * MAX_TOPIC_SHARE));
}

export type TopicReport = { counts: Record<string, number>; warnings: string[] };

/**
 * Assign topics to every paper (mutating `topics` on each record) and report counts and
 * warnings. Curator corrections (pin, add, remove) are applied last and always win.
 */
export function assignTopics(papers: PaperRecord[], topics: TopicRecord[], corrections?: Corrections, renamed: ReadonlyMap<string, string> = formerIds(topics)): TopicReport {
  const warnings: string[] = [];
  const compiled = compile(topics);
  const known = new Set(topics.map((t) => t.id));
  const scored = new Map(papers.map((p) => [p.id, scoreCompiled(p, compiled)]));
  for (const p of papers) p.topics = choose(scored.get(p.id)!);

  // Keep every topic under its share: drop it from the papers where it fits least, as long as
  // those papers keep another topic: first where it is not their best topic, then where it is.
  const cap = topicCap(papers.length);
  for (const t of topics) {
    const members = papers.filter((p) => p.topics.some((a) => a.id === t.id));
    if (members.length <= cap) continue;
    const best = (p: PaperRecord) => (p.topics[0]!.id === t.id ? 1 : 0);
    const removable = members
      .filter((p) => p.topics.length > 1)
      .sort((a, b) => best(a) - best(b) || scoreOf(a, t.id) - scoreOf(b, t.id) || (a.id < b.id ? -1 : 1));
    for (const p of removable.slice(0, members.length - cap)) p.topics = p.topics.filter((a) => a.id !== t.id);
    const left = papers.filter((p) => p.topics.some((a) => a.id === t.id)).length;
    if (left > cap) warnings.push(`topic ${t.id} holds ${left} of ${papers.length} papers, more than ${MAX_TOPIC_SHARE * 100}%`);
  }

  // A topic renamed (formerly) keeps the corrections written with its old id.
  for (const [id, written] of Object.entries(corrections?.papers ?? {})) {
    const p = papers.find((x) => x.id === id);
    if (!p || !written.topics) continue;
    for (const t of [...(written.topics.pin ?? []), ...(written.topics.add ?? []), ...(written.topics.remove ?? [])]) {
      if (renamed.has(t) && !known.has(t)) warnings.push(`content/corrections.json: papers.${id}.topics: "${t}" is now "${renamed.get(t)}" (formerly); the correction applies to it (write the new id)`);
      else if (!known.has(t)) warnings.push(`content/corrections.json: papers.${id}.topics: unknown topic "${t}"`);
    }
    const current = (list: string[] | undefined) => list?.map((t) => (known.has(t) ? t : (renamed.get(t) ?? t)));
    const c = { ...written, topics: { pin: current(written.topics.pin), add: current(written.topics.add), remove: current(written.topics.remove) } };
    const curated = (tid: string): TopicAssignment =>
      scored.get(id)!.find((s) => s.id === tid) ? { ...scored.get(id)!.find((s) => s.id === tid)!, by: "curator" } : { id: tid, score: 0, terms: [], by: "curator" };
    if (c.topics.pin) p.topics = c.topics.pin.filter((t) => known.has(t)).map(curated);
    for (const t of c.topics.add ?? []) if (known.has(t) && !p.topics.some((a) => a.id === t)) p.topics.push(curated(t));
    if (c.topics.remove) p.topics = p.topics.filter((a) => !c.topics!.remove!.includes(a.id));
    p.corrected = [...new Set([...p.corrected, "topics"])].sort();
  }

  for (const p of papers) {
    if (p.topics.length === 0) {
      p.topics = [{ id: UNSORTED, score: 0, terms: [], by: "fallback" }];
      warnings.push(`${p.sources.map((s) => `content/sources/${s.file}:${s.line}`)[0]}: "${p.title}" matches no topic; put in ${UNSORTED}`);
    }
  }
  const counts: Record<string, number> = {};
  for (const t of topics) counts[t.id] = 0;
  for (const p of papers) for (const a of p.topics) counts[a.id] = (counts[a.id] ?? 0) + 1;
  for (const t of topics) {
    if (counts[t.id]! < MIN_TOPIC_SIZE) warnings.push(`topic ${t.id} holds ${counts[t.id]} papers, fewer than ${MIN_TOPIC_SIZE}`);
  }
  return { counts, warnings };
}

function scoreOf(p: PaperRecord, topic: string): number {
  return p.topics.find((a) => a.id === topic)?.score ?? 0;
}
