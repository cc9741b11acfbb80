// Candidate new topics for a group of papers the taxonomy serves badly (the unsorted papers, or a
// topic grown past its share): 2-3 word phrases that many papers of the group share and that are
// much more common in the group than in the whole catalog. A curator reads them, with counts and
// example papers, to write a topic file. Pure and deterministic.
import type { PaperRecord } from "./schema";
import { STOPWORDS, stem, words } from "./text";

export type TopicSuggestion = {
  /** The phrase as the papers most often write it, e.g. "speech recognition". */
  phrase: string;
  /** Papers of the group that use it, and their share of the group. */
  papers: number;
  share: number;
  /** Papers of the whole catalog that use it. */
  catalog: number;
  /** A few papers of the group that use it, those with it in the title first. */
  examples: { id: string; title: string }[];
};

export type SuggestOptions = {
  /** At most this many suggestions (default 5). */
  max?: number;
  /** A phrase must be in at least this many papers of the group (default 2% of it, at least 3). */
  minPapers?: number;
  /** At least this many times as common in the group as in the catalog (default 1.5). */
  minLift?: number;
  examples?: number;
  /** Phrases (as written in topic files) that are already terms: never suggested again. */
  existingTerms?: string[];
};

type Paper = Pick<PaperRecord, "id" | "title" | "abstract">;
/** Words, their stems, and the clause each word is in: a phrase never spans two. */
type Tokens = { raw: string[]; stems: string[]; clause: number[]; titleLength: number };

const MIN_N = 2;
const MAX_N = 3;
/** Punctuation that ends a clause: ". ", ", ", "; ", ": ", brackets, quotes. */
const CLAUSE_END = /[.,;:!?]+(?=\s|$)|[()[\]{}"\u201c\u201d]/u;

/** Title and abstract as one word sequence (title first), lower-cased and stemmed. */
function tokenize(p: Paper): Tokens {
  const t: Tokens = { raw: [], stems: [], clause: [], titleLength: 0 };
  let clause = 0;
  for (const [k, text] of [p.title, p.abstract].entries()) {
    for (const part of text.split(CLAUSE_END)) {
      for (const w of words(part)) {
        t.raw.push(w);
        t.stems.push(stem(w));
        t.clause.push(clause);
      }
      clause++;
    }
    if (k === 0) t.titleLength = t.raw.length;
  }
  return t;
}

/** A word that can start or end a phrase: not a stop word, a number or a single letter. */
const edge = (w: string) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w);

/** Every 2-3 word phrase within one clause that starts and ends with a content word, as stem keys. */
function* phrases(t: Tokens): Generator<{ key: string; at: number; n: number }> {
  for (let i = 0; i < t.raw.length; i++) {
    if (!edge(t.raw[i]!)) continue;
    for (let n = MIN_N; n <= MAX_N && i + n <= t.raw.length; n++) {
      if (t.clause[i + n - 1] !== t.clause[i]) break;
      if (!edge(t.raw[i + n - 1]!)) continue;
      yield { key: t.stems.slice(i, i + n).join(" "), at: i, n };
    }
  }
}

/**
 * Suggest phrases for `group` (papers of `catalog`), best first: scored by how many papers of the
 * group use the phrase times log2 of how much more common it is there than in the catalog. A phrase
 * used by mostly the same papers as a better one is left out, so each suggestion is a different
 * cluster of papers.
 */
export function suggestTopics(group: Paper[], catalog: Paper[], options: SuggestOptions = {}): TopicSuggestion[] {
  if (group.length === 0) return [];
  const max = options.max ?? 5;
  const minPapers = options.minPapers ?? Math.max(3, Math.ceil(group.length * 0.02));
  const minLift = options.minLift ?? 1.5;
  const existing = new Set((options.existingTerms ?? []).map((t) => words(t).map(stem).join(" ")));

  // Papers of the group per phrase, and how each phrase is written.
  const inGroup = new Map<string, string[]>();
  const surfaces = new Map<string, Map<string, number>>();
  const inTitle = new Map<string, Set<string>>();
  for (const p of group) {
    const t = tokenize(p);
    const seen = new Set<string>();
    for (const { key, at, n } of phrases(t)) {
      if (existing.has(key)) continue;
      const surface = t.raw.slice(at, at + n).join(" ");
      let forms = surfaces.get(key);
      if (!forms) surfaces.set(key, (forms = new Map()));
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      if (at + n <= t.titleLength) {
        let s = inTitle.get(key);
        if (!s) inTitle.set(key, (s = new Set()));
        s.add(p.id);
      }
      if (seen.has(key)) continue;
      seen.add(key);
      const list = inGroup.get(key);
      if (list) list.push(p.id);
      else inGroup.set(key, [p.id]);
    }
  }
  const candidates = new Set([...inGroup].filter(([, ids]) => ids.length >= minPapers).map(([k]) => k));
  if (candidates.size === 0) return [];

  // Papers of the whole catalog per candidate phrase. Each word looks up the candidates that can
  // start there, instead of every phrase of every paper being built and looked up.
  const byFirst = new Map<string, { key: string; parts: string[] }[]>();
  for (const key of candidates) {
    const parts = key.split(" ");
    byFirst.set(parts[0]!, [...(byFirst.get(parts[0]!) ?? []), { key, parts }]);
  }
  const inCatalog = new Map<string, number>();
  const groupIds = new Set(group.map((p) => p.id));
  for (const p of catalog) {
    if (groupIds.has(p.id)) continue; // counted above, from the group itself
    const t = tokenize(p);
    const seen = new Set<string>();
    for (let i = 0; i < t.stems.length; i++) {
      const starting = byFirst.get(t.stems[i]!);
      if (!starting) continue;
      next: for (const c of starting) {
        if (seen.has(c.key) || i + c.parts.length > t.stems.length || t.clause[i + c.parts.length - 1] !== t.clause[i]) continue;
        for (let j = 1; j < c.parts.length; j++) if (t.stems[i + j] !== c.parts[j]) continue next;
        seen.add(c.key);
      }
    }
    for (const key of seen) inCatalog.set(key, (inCatalog.get(key) ?? 0) + 1);
  }
  const total = Math.max(catalog.length, group.length);
  const scored = [...candidates]
    .map((key) => {
      const ids = inGroup.get(key)!;
      const all = ids.length + (inCatalog.get(key) ?? 0);
      const lift = ids.length / group.length / (all / total);
      return { key, ids, all, lift, score: ids.length * Math.log2(lift), titles: inTitle.get(key)?.size ?? 0 };
    })
    .filter((c) => c.lift >= minLift)
    // Equal scores: the phrase more papers put in their title reads more like a topic.
    .sort((a, b) => b.score - a.score || b.titles - a.titles || (a.key < b.key ? -1 : 1));

  const byId = new Map(group.map((p) => [p.id, p]));
  const chosen: { key: string; ids: Set<string> }[] = [];
  const out: TopicSuggestion[] = [];
  for (const c of scored) {
    if (out.length >= max) break;
    const ids = new Set(c.ids);
    // Mostly the same papers as a better phrase ("video generation", "text-to-video generation").
    if (chosen.some((x) => overlap(x.ids, ids) >= 0.6)) continue;
    chosen.push({ key: c.key, ids });
    const forms = [...surfaces.get(c.key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const titled = inTitle.get(c.key) ?? new Set<string>();
    const examples = [...c.ids]
      .sort((a, b) => Number(titled.has(b)) - Number(titled.has(a)) || (a < b ? -1 : 1))
      .slice(0, options.examples ?? 3)
      .map((id) => ({ id, title: byId.get(id)!.title }));
    out.push({ phrase: forms[0]![0], papers: c.ids.length, share: c.ids.length / group.length, catalog: c.all, examples });
  }
  return out;
}

/** Shared papers as a share of the papers either phrase is in (Jaccard). */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of b) if (a.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
