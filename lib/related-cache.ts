// The catalog view's cache of its costliest derivation: related papers, derived once per build.
// `next build` renders pages in several worker processes, and each would otherwise compare every
// paper with its neighbours again (at 50k papers, tens of seconds and over a gigabyte per worker).
// `npm run build` first runs scripts/derive-catalog.ts (beside the content check), which writes
// the related papers of the catalog it reads to .next/cache/paper-atlas/; lib/catalog-view.ts
// reads them back when the key matches, and derives them in-process otherwise (`npm run dev`, a
// bare `next build`, tests).
//
// The key is a hash of everything the result depends on: each paper's id, title, abstract and
// topics, the count, and the source of the code that derives it (lib/related.ts, lib/text.ts).
// A changed catalog or a changed scoring gives another key, so a stale file is never read. The
// file is the reader's cache, not a source: content/ stays the one source of truth.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RELATED_COUNT, relatedPapers, type Related } from "./related";

type Doc = Parameters<typeof relatedPapers>[0][number];
/** On disk: for each paper in id order, its related papers as [index of the paper, score, terms]. */
type CacheFile = { key: string; ids: string[]; related: [number, number, string[]][][] };

/** The source files whose code decides the related papers, relative to the project root. */
const CODE = ["lib/related.ts", "lib/text.ts"];
/** Bump when the file's layout changes. */
const FORMAT = "related-cache/1";

/** Where the cache lives: Next's build dir keeps cache/ from one build to the next. */
export function relatedCacheDir(root = process.cwd()): string {
  return path.join(root, ".next", "cache", "paper-atlas");
}

/** The key of these papers' related papers, or null when the deriving code cannot be read (no cache then). */
export function relatedKey(docs: readonly Doc[], count = RELATED_COUNT, root = process.cwd()): string | null {
  const hash = createHash("sha256").update(`${FORMAT}\0${count}\0`);
  try {
    for (const file of CODE) hash.update(readFileSync(path.join(root, file))).update("\0");
  } catch {
    return null;
  }
  for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    hash.update(`${d.id}\0${d.title}\0${d.abstract}\0${(d.topics ?? []).map((t) => t.id).join(" ")}\0`);
  }
  return hash.digest("hex").slice(0, 32);
}

const fileOf = (dir: string, key: string) => path.join(dir, `related-${key}.json`);

/** Derives the related papers of `docs` and writes them for the build's workers; removes older cache files. */
export function writeRelatedCache(docs: readonly Doc[], dir = relatedCacheDir()): { key: string; file: string; related: Map<string, Related[]> } {
  const key = relatedKey(docs);
  if (key === null) throw new Error(`cannot read ${CODE.join(", ")} from ${process.cwd()}: run this from the project root`);
  const related = relatedPapers([...docs]);
  const ids = [...related.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const data: CacheFile = { key, ids, related: ids.map((id) => related.get(id)!.map((r) => [index.get(r.id)!, r.score, r.terms])) };
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, key);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, file);
  for (const name of readdirSync(dir)) if (name.startsWith("related-") && path.join(dir, name) !== file) rmSync(path.join(dir, name), { force: true });
  return { key, file, related };
}

/** The related papers written for exactly these papers and this code, or null (none, stale, unreadable). */
export function readRelatedCache(docs: readonly Doc[], dir = relatedCacheDir()): Map<string, Related[]> | null {
  const key = relatedKey(docs);
  if (key === null) return null;
  let data: CacheFile;
  try {
    data = JSON.parse(readFileSync(fileOf(dir, key), "utf8")) as CacheFile;
  } catch {
    return null;
  }
  if (data.key !== key || data.ids.length !== data.related.length) return null;
  return new Map(data.ids.map((id, i) => [id, data.related[i]!.map(([j, score, terms]) => ({ id: data.ids[j]!, score, terms }))]));
}

/** The related papers of `docs`: from the build's cache when it holds them, otherwise derived here. */
export function cachedRelatedPapers(docs: readonly Doc[]): Map<string, Related[]> {
  return readRelatedCache(docs) ?? relatedPapers([...docs]);
}
