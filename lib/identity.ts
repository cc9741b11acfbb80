// Paper identity across ingests. Every id the catalog ever issued is in the ledger
// (content/ledger.jsonl) with what identifies its paper: the title as listed, a fingerprint of the
// abstract, and a MinHash of the abstract's words. An ingest matches its papers to the ledger:
//   1. exactly (same title words, same abstract text), the common case;
//   2. tolerantly, for the rest: a corrected title word, a reworded or extended abstract. A pair is
//      accepted only when both the title and the abstract speak for it, or the abstract alone is
//      clearly the same (ACCEPT below); each id goes to at most one paper, best pair first.
// A ledger id that no paper takes is "merged" into the paper it would have matched (two records
// turned out to be one paper), else "removed" with the day it happened. Ids are never reissued.
// Pure: no I/O, no clock (the caller passes today's date).
import { fingerprint, fnv1a, slugify } from "./slug";
import type { LedgerEntry, SourceRef } from "./schema";
import { editDistance, words } from "./text";

/** MinHash values per abstract; the low 8 bits of each are kept (b-bit MinHash). */
export const SIG_SIZE = 64;
/** Two 8-bit values agree by chance this often; the estimate of the overlap corrects for it. */
const CHANCE = 1 / 256;
/** Locality-sensitive buckets for abstract-only candidates: runs of BAND_ROWS values. */
const BAND_ROWS = 3;

/**
 * When a listed paper is taken for a ledger entry (jaccard: estimated word-set overlap of the
 * abstracts; containment: the share of the shorter abstract's words found in the longer one).
 * Measured on the 753 real abstracts of the shared corpus: two different papers overlap at most
 * 0.29; an abstract with a third of its words replaced still overlaps 0.42 or more.
 */
export const ACCEPT = {
  /** Close titles (same words, or one or two words changed) and abstracts that share this much. */
  withTitle: { jaccard: 0.25, containment: 0.7 },
  /** Any title, abstracts this alike. */
  alone: { jaccard: 0.6, containment: 0.9, minWords: 30 },
};

export type Identity = Pick<LedgerEntry, "title" | "fp" | "words" | "sig">;

/** A paper of this ingest, as identity matching sees it. */
export type Listed = { title: string; abstract: string };

function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Array.from({ length: SIG_SIZE }, (_, i) => mix(0x9e3779b9 + i));

export const titleKey = (title: string) => words(title).join(" ");

export function identityOf(title: string, abstract: string): Identity {
  const set = new Set(words(abstract));
  const mins = new Uint32Array(SIG_SIZE).fill(0xffffffff);
  for (const w of set) {
    const h = fnv1a(w);
    for (let i = 0; i < SIG_SIZE; i++) {
      const v = mix(h ^ SEEDS[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  const bytes = Buffer.from(mins.map((v) => v & 0xff));
  return { title, fp: fingerprint(abstract), words: set.size, sig: bytes.toString("base64url") };
}

type Probe = { key: string; titleWords: string[]; fp: string; words: number; sig: Uint8Array };

function probe(identity: Identity): Probe {
  const sig = new Uint8Array(Buffer.from(identity.sig, "base64url"));
  const titleWords = words(identity.title);
  return { key: titleWords.join(" "), titleWords, fp: identity.fp, words: identity.words, sig };
}

/** How many of a title's rarest words it is filed under. */
const RARE_TITLE_WORDS = 3;

/** How often each word occurs among the titles of one reconcile: the same table files both sides. */
type WordCounts = Map<string, number>;

function countTitleWords(titles: string[][]): WordCounts {
  const counts: WordCounts = new Map();
  for (const t of titles) for (const w of new Set(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Candidates for a pair: a rare title word in common, or a band of the abstract's signature. Two
 * titles within closeTitles' two changed words share the rarest word they have in common, and it
 * is among the three rarest of each, so a close title is always a candidate.
 */
function bucketKeys(p: Probe, counts: WordCounts): string[] {
  const rare = [...new Set(p.titleWords)]
    .sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || compare(a, b))
    .slice(0, RARE_TITLE_WORDS);
  const keys = rare.map((w) => `t${w}`);
  for (let b = 0; b + BAND_ROWS <= SIG_SIZE; b += BAND_ROWS) keys.push(`${b}:${p.sig[b]},${p.sig[b + 1]},${p.sig[b + 2]}`);
  return keys;
}

type BucketIndex = { candidates(p: Probe): Set<number> };

/** The items' positions by bucket key; candidates are the items sharing a bucket with a probe. */
function bucketIndex(items: Probe[], counts: WordCounts): BucketIndex {
  const buckets = new Map<string, number[]>();
  items.forEach((item, n) => {
    for (const k of bucketKeys(item, counts)) {
      const list = buckets.get(k);
      if (list) list.push(n);
      else buckets.set(k, [n]);
    }
  });
  return {
    candidates: (p) => {
      const found = new Set<number>();
      for (const k of bucketKeys(p, counts)) for (const n of buckets.get(k) ?? []) found.add(n);
      return found;
    },
  };
}

/** Same title words, or one word changed (two in titles of four or more words), with a word kept. */
export function closeTitles(a: string[], b: string[]): boolean {
  const limit = Math.min(a.length, b.length) >= 4 ? 2 : 1;
  if (a.join(" ") === b.join(" ")) return true;
  return a.some((w) => b.includes(w)) && editDistance(a, b, limit) <= limit;
}

export function abstractSimilarity(a: Pick<Probe, "words" | "sig">, b: Pick<Probe, "words" | "sig">) {
  let agree = 0;
  for (let i = 0; i < SIG_SIZE; i++) if (a.sig[i] === b.sig[i]) agree++;
  const jaccard = Math.max(0, (agree / SIG_SIZE - CHANCE) / (1 - CHANCE));
  const shared = (jaccard * (a.words + b.words)) / (1 + jaccard);
  const containment = Math.min(1, shared / Math.max(1, Math.min(a.words, b.words)));
  return { jaccard, containment };
}

/**
 * Whether two records the catalog listed side by side, as two papers, are one paper after all: their
 * abstracts alone must say so (ACCEPT.alone). Close titles are no evidence here: "Scaling Laws for
 * Neural Machine Translation" and "Scaling Laws for Multilingual Neural Machine Translation" are two
 * papers on one subject, whose abstracts share as much as the tolerant match allows an edit.
 */
export function sameRecord(p: Probe, e: Probe): boolean {
  if (p.key === e.key && p.fp === e.fp) return true;
  const { jaccard, containment } = abstractSimilarity(p, e);
  const a = ACCEPT.alone;
  return jaccard >= a.jaccard || (containment >= a.containment && Math.min(p.words, e.words) >= a.minWords);
}

/** How well a listed paper matches a ledger entry; null when it is not taken for it. */
export function matchScore(p: Probe, e: Probe): number | null {
  const sameTitle = p.key === e.key;
  if (sameTitle && p.fp === e.fp) return 10;
  const { jaccard, containment } = abstractSimilarity(p, e);
  const t = ACCEPT.withTitle;
  const a = ACCEPT.alone;
  // The titles are compared only when the abstracts share enough for them to matter.
  if (jaccard < t.jaccard && containment < t.containment) return null;
  const close = sameTitle || closeTitles(p.titleWords, e.titleWords);
  const accepted = close || jaccard >= a.jaccard || (containment >= a.containment && Math.min(p.words, e.words) >= a.minWords);
  if (!accepted) return null;
  return jaccard + containment / 2 + (sameTitle ? 1 : close ? 0.5 : 0);
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const STATUS_RANK: Record<LedgerEntry["status"], number> = { live: 0, merged: 1, removed: 2 };

export type Reconciled = { ids: string[]; ledger: LedgerEntry[] };

export type ReconcileOptions = {
  today: string;
  /** The listing files a paper of the previous catalog was listed in (for tombstones). */
  lastListed: (id: string) => string[];
};

/**
 * The id of each listed paper, and the ledger after this ingest. Deterministic: the result does
 * not depend on the order of `papers` or of `ledger`.
 */
export function reconcile(papers: Listed[], ledger: LedgerEntry[], { today, lastListed }: ReconcileOptions): Reconciled {
  // A stable order for ties, independent of listing order and file names.
  const order = papers.map((p, i) => ({ i, key: `${titleKey(p.title)}\u0000${p.abstract}` })).sort((a, b) => compare(a.key, b.key));
  const rank = new Array<number>(papers.length);
  order.forEach((o, r) => (rank[o.i] = r));
  const entries = [...ledger].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.seq - b.seq);

  const ids: (string | null)[] = papers.map(() => null);
  const identities: (Identity | null)[] = papers.map(() => null);
  const taken = new Map<string, number>();

  // Pass 1: the same title words and the same abstract text as a live id.
  const exact = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    if (e.status !== "live") continue;
    const k = `${titleKey(e.title)}\u0000${e.fp}`;
    const list = exact.get(k);
    if (list) list.push(e);
    else exact.set(k, [e]);
  }
  for (const { i } of order) {
    const p = papers[i]!;
    const e = exact.get(`${titleKey(p.title)}\u0000${fingerprint(p.abstract)}`)?.find((x) => !taken.has(x.id));
    if (!e) continue;
    ids[i] = e.id;
    taken.set(e.id, i);
    // Same words and text: the identity is the entry's, bar the title's spelling.
    identities[i] = { title: p.title, fp: e.fp, words: e.words, sig: e.sig };
  }

  // Pass 2: the rest, tolerantly. Candidates share a title or a band of the signature.
  const open = entries.filter((e) => !taken.has(e.id)).map((e) => ({ entry: e, probe: probe(e) }));
  const waiting = papers.flatMap((p, i) => (ids[i] === null ? [i] : []));
  const probes = new Map<number, Probe>();
  for (const i of waiting) {
    identities[i] = identityOf(papers[i]!.title, papers[i]!.abstract);
    probes.set(i, probe(identities[i]!));
  }
  const counts = countTitleWords([...open.map((o) => o.probe.titleWords), ...[...probes.values()].map((p) => p.titleWords)]);
  const openIndex = bucketIndex(
    open.map((o) => o.probe),
    counts,
  );
  type Pair = { i: number; n: number; score: number; status: number };
  const pairs: Pair[] = [];
  for (const i of open.length > 0 ? waiting : []) {
    const p = probes.get(i)!;
    for (const n of openIndex.candidates(p)) {
      const score = matchScore(p, open[n]!.probe);
      if (score !== null) pairs.push({ i, n, score, status: STATUS_RANK[open[n]!.entry.status] });
    }
  }
  // A live id first (a merged or removed one that matches as well joins it), then the best pair,
  // then the older id, then a stable paper order.
  pairs.sort((a, b) => a.status - b.status || b.score - a.score || a.n - b.n || rank[a.i]! - rank[b.i]!);
  for (const pair of pairs) {
    const e = open[pair.n]!.entry;
    if (ids[pair.i] !== null || taken.has(e.id)) continue;
    ids[pair.i] = e.id;
    taken.set(e.id, pair.i);
  }

  // New papers: the slug of the title; with the abstract's fingerprint when the slug is issued
  // already or two new papers share it. Issued in the stable order, which also sets their seq.
  const issued = new Set(ledger.map((e) => e.id));
  let seq = ledger.reduce((m, e) => Math.max(m, e.seq), 0);
  const fresh = order.filter((o) => ids[o.i] === null).map((o) => ({ i: o.i, slug: slugify(papers[o.i]!.title) }));
  const slugCount = new Map<string, number>();
  for (const f of fresh) slugCount.set(f.slug, (slugCount.get(f.slug) ?? 0) + 1);
  const seqOf = new Map(ledger.map((e) => [e.id, e.seq]));
  for (const f of fresh) {
    let id = f.slug;
    if (issued.has(id) || (slugCount.get(id) ?? 0) > 1) id = `${f.slug}-${fingerprint(papers[f.i]!.abstract)}`;
    const base = id;
    for (let n = 2; issued.has(id); n++) id = `${base}-${n}`;
    ids[f.i] = id;
    issued.add(id);
    seqOf.set(id, ++seq);
  }

  const next = new Map<string, LedgerEntry>();
  papers.forEach((_, i) => {
    const id = ids[i]!;
    next.set(id, { id, seq: seqOf.get(id)!, status: "live", ...identities[i]! });
  });
  // A live id no paper took: merged when it matches a paper that has another id (found among all
  // papers, exactly matched ones included), else removed. A removed id is merged when a paper that
  // came back or changed in this ingest (not matched exactly) turns out to be its paper: a tombstone
  // never stands for a paper that is listed. Either way, a paper whose id was issued before had an
  // id of its own beside the retired one: the catalog took them for two papers, and only abstracts
  // that are one on their own merge them (sameRecord), not a near title on the same subject or an
  // edit that brings one closer to the other. Merged ids keep their state.
  const issuedBefore = new Set(ledger.map((e) => e.id));
  const changed = papers.flatMap((_, i) => (probes.has(i) ? [i] : []));
  const everyTitle = () => countTitleWords([...identities.map((identity) => words(identity!.title)), ...open.map((o) => o.probe.titleWords)]);
  const indexOf = (subset: number[]) => {
    const subsetProbes = subset.map((i) => probes.get(i) ?? probe(identities[i]!));
    return { subset, probes: subsetProbes, index: bucketIndex(subsetProbes, everyTitle()) };
  };
  let allPapers: ReturnType<typeof indexOf> | undefined;
  let changedPapers: ReturnType<typeof indexOf> | undefined;
  const mergedInto = (p: Probe, among: ReturnType<typeof indexOf>): string | undefined => {
    let best: { i: number; score: number } | undefined;
    for (const n of among.index.candidates(p)) {
      const i = among.subset[n]!;
      if (issuedBefore.has(ids[i]!) && !sameRecord(among.probes[n]!, p)) continue;
      const score = matchScore(among.probes[n]!, p);
      if (score !== null && (!best || score > best.score || (score === best.score && rank[i]! < rank[best.i]!))) best = { i, score };
    }
    return best && ids[best.i]!;
  };
  for (const { entry: e, probe: p } of open) {
    if (taken.has(e.id)) continue;
    const { into: _into, removedOn: _removedOn, lastListed: _listed, ...identity } = e;
    let into: string | undefined;
    if (e.status === "live") into = mergedInto(p, (allPapers ??= indexOf(papers.map((_, i) => i))));
    else if (e.status === "removed" && changed.length > 0) into = mergedInto(p, (changedPapers ??= indexOf(changed)));
    if (into) next.set(e.id, { ...identity, status: "merged", into });
    else if (e.status !== "live") next.set(e.id, e);
    else next.set(e.id, { ...identity, status: "removed", removedOn: today, lastListed: lastListed(e.id) });
  }
  // A merged id points straight at the end of its chain.
  for (const e of next.values()) {
    if (e.status !== "merged") continue;
    const seen = new Set([e.id]);
    let target = next.get(e.into!);
    while (target?.status === "merged" && !seen.has(target.id)) {
      seen.add(target.id);
      target = next.get(target.into!);
    }
    if (target && target.status !== "merged") e.into = target.id;
  }
  return { ids: ids as string[], ledger: [...next.values()].sort((a, b) => compare(a.id, b.id)) };
}

/**
 * The ledger of a catalog that has none yet: the ids of its records, adopted as they are, numbered
 * in the order the listings show them (by the first file and line each record was listed at).
 */
export function bootstrapLedger(records: { id: string; title: string; abstract: string; sources: SourceRef[] }[]): LedgerEntry[] {
  const first = (r: { sources: SourceRef[] }) => [...r.sources].sort((a, b) => compare(a.file, b.file) || a.line - b.line)[0];
  const sorted = records
    .map((r) => ({ r, at: first(r) }))
    .sort((a, b) => compare(a.at?.file ?? "", b.at?.file ?? "") || (a.at?.line ?? 0) - (b.at?.line ?? 0) || compare(a.r.id, b.r.id));
  return sorted
    .map(({ r }, k) => ({ id: r.id, seq: k + 1, status: "live" as const, ...identityOf(r.title, r.abstract) }))
    .sort((a, b) => compare(a.id, b.id));
}
