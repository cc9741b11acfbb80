// What `npm run add` tells a curator: the difference between the catalog before and after the
// ingest, in terms of the listings that were added. Pure: both catalogs are read before this runs.
import { sourceSlug } from "../lib/catalog-view";
import { clip } from "../lib/format";
import { relatedPapers } from "../lib/related";
import { paperPath } from "../lib/routes";
import type { Listing, PaperRecord, TopicRecord } from "../lib/schema";
import { absoluteUrl } from "../lib/site";
import { UNSORTED } from "../lib/topics";

/** A catalog as the report compares it; `retired`: ids the ledger holds as removed or merged. */
export type CatalogState = { papers: PaperRecord[]; listings: Listing[]; retired?: ReadonlySet<string> };

export type AddReport = {
  added: string[];
  newPapers: PaperRecord[];
  /** Papers that had left the catalog and are listed again, under the ids they had. */
  returned: PaperRecord[];
  merged: { paper: PaperRecord; at: string; differences: string[] }[];
  inferred: PaperRecord[];
  counts: { topic: string; before: number; after: number }[];
  unsorted: { paper: PaperRecord; suggestions: string[] }[];
};

const SUGGESTIONS = 3;

/** A title shortened for a report line, at a word boundary. */
const short = (title: string) => clip(title, 70);


/** What changed in an existing record when the new listing's copy merged into it. */
export function recordDifferences(before: PaperRecord, after: PaperRecord, listedTitle: string | null): string[] {
  const out: string[] = [];
  if (listedTitle !== null && listedTitle !== after.title) out.push(`listed as "${short(listedTitle)}"; the record keeps "${short(after.title)}"`);
  if (before.title !== after.title) out.push(`title "${short(before.title)}" -> "${short(after.title)}"`);
  if (before.abstract !== after.abstract) {
    const d = after.abstract.length - before.abstract.length;
    out.push(`abstract replaced by a ${d >= 0 ? `longer copy (+${d}` : `different copy (${d}`} characters)`);
  }
  for (const k of ["date", "upvotes", "authorCount"] as const) {
    if (before[k] !== after[k]) out.push(`${k} ${before[k] ?? "unknown"} -> ${after[k] ?? "unknown"}`);
  }
  const links = after.links.filter((l) => !before.links.some((b) => b.url === l.url));
  if (links.length > 0) out.push(`new links: ${links.map((l) => l.url).join(", ")}`);
  const topics = (p: PaperRecord) => p.topics.map((t) => t.id).join(", ");
  if (topics(before) !== topics(after)) out.push(`topics ${topics(before)} -> ${topics(after)}`);
  if (out.length === 0) out.push("the same paper; only its list of sources grew");
  return out;
}

/** Topics of the unsorted paper's most similar papers, weighted by similarity: where a curator might put it. */
function suggestTopics(after: PaperRecord[], unsorted: PaperRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (unsorted.length === 0) return out;
  const byId = new Map(after.map((p) => [p.id, p]));
  const related = relatedPapers(after, 10, new Set(unsorted.map((p) => p.id)));
  for (const p of unsorted) {
    const weight = new Map<string, number>();
    for (const r of related.get(p.id) ?? []) {
      for (const t of byId.get(r.id)?.topics ?? []) if (t.id !== UNSORTED) weight.set(t.id, (weight.get(t.id) ?? 0) + r.score);
    }
    out.set(
      p.id,
      [...weight]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, SUGGESTIONS)
        .map(([id]) => id),
    );
  }
  return out;
}

/**
 * What adding `added` did to the catalog. `renamed`: former topic ids to the topics they became
 * (formerIds), so a topic renamed since the last ingest is counted as one topic, before and after.
 */
export function addReport(before: CatalogState, after: CatalogState, added: string[], renamed: ReadonlyMap<string, string> = new Map()): AddReport {
  const old = new Map(before.papers.map((p) => [p.id, p]));
  const now = new Map(after.papers.map((p) => [p.id, p]));
  const addedSet = new Set(added);
  const arrived = after.papers.filter((p) => !old.has(p.id));
  const newPapers = arrived.filter((p) => !before.retired?.has(p.id));
  const returned = arrived.filter((p) => before.retired?.has(p.id));
  const merged: AddReport["merged"] = [];
  const seen = new Set<string>();
  for (const l of after.listings.filter((x) => addedSet.has(x.file))) {
    for (const e of l.entries) {
      const was = old.get(e.paper);
      if (!was || seen.has(e.paper)) continue;
      seen.add(e.paper);
      const paper = now.get(e.paper)!;
      merged.push({ paper, at: `content/sources/${l.file}:${e.line}`, differences: recordDifferences(was, paper, e.title) });
    }
  }
  const count = (papers: PaperRecord[]) => {
    const c = new Map<string, number>();
    for (const p of papers) {
      for (const id of new Set(p.topics.map((t) => renamed.get(t.id) ?? t.id))) c.set(id, (c.get(id) ?? 0) + 1);
    }
    return c;
  };
  const cb = count(before.papers);
  const ca = count(after.papers);
  const counts = [...new Set([...cb.keys(), ...ca.keys()])]
    .map((topic) => ({ topic, before: cb.get(topic) ?? 0, after: ca.get(topic) ?? 0 }))
    .filter((c) => c.before !== c.after)
    .sort((a, b) => b.after - b.before - (a.after - a.before) || (a.topic < b.topic ? -1 : 1));
  const unsortedPapers = arrived.filter((p) => p.topics.some((t) => t.id === UNSORTED));
  const suggestions = suggestTopics(after.papers, unsortedPapers);
  return {
    added,
    newPapers,
    returned,
    merged,
    inferred: arrived.filter((p) => p.titleInferred),
    counts,
    unsorted: unsortedPapers.map((paper) => ({ paper, suggestions: suggestions.get(paper.id) ?? [] })),
  };
}

const where = (p: PaperRecord) => p.sources.map((s) => `content/sources/${s.file}:${s.line}`)[0] ?? "";

/** The report as the terminal shows it: one heading per part, parts with nothing in them left out. */
export function formatReport(r: AddReport, topics: TopicRecord[], warnings: { mine: string[]; others: number }): string {
  const title = new Map(topics.map((t) => [t.id, t.title]));
  const lines: string[] = [];
  const section = (heading: string, body: string[]) => {
    if (body.length === 0) return;
    lines.push("", heading, ...body.map((b) => `  ${b}`));
  };
  lines.push(`Listings: ${r.added.map((f) => `content/sources/${f} (/sources/${sourceSlug(f)}/)`).join(", ")}`);
  section(
    `New papers (${r.newPapers.length}):`,
    r.newPapers.map((p) => `${short(p.title)}\n    ${absoluteUrl(paperPath(p.id))}`),
  );
  section(
    `Back in the catalog under the ids they had (${r.returned.length}): their permalinks show them again`,
    r.returned.map((p) => `${short(p.title)}\n    ${absoluteUrl(paperPath(p.id))}`),
  );
  section(
    `Merged with papers already in the catalog (${r.merged.length}):`,
    r.merged.map((m) => `${short(m.paper.title)} (${m.at})\n    ${absoluteUrl(paperPath(m.paper.id))}\n${m.differences.map((d) => `    - ${d}`).join("\n")}`),
  );
  section(
    `Inferred titles to review (${r.inferred.length}): correct them in content/corrections.json`,
    r.inferred.map((p) => `"${short(p.title)}"  ${where(p)}  id ${p.id}`),
  );
  section(
    "Papers per topic:",
    r.counts.map((c) => `${title.get(c.topic) ?? c.topic}: ${c.before} -> ${c.after} (${c.after >= c.before ? "+" : ""}${c.after - c.before})`),
  );
  section(
    `Unsorted papers (${r.unsorted.length}): place them with "topics": { "add": [...] } in content/corrections.json`,
    r.unsorted.map(
      (u) => `${short(u.paper.title)}  id ${u.paper.id}\n    suggested: ${u.suggestions.length > 0 ? u.suggestions.join(", ") : "no similar paper has a topic; a new topic may be needed"}`,
    ),
  );
  section(
    `Warnings (${warnings.mine.length})${warnings.others > 0 ? `, and ${warnings.others} about the rest of the catalog (npm run ingest shows them)` : ""}:`,
    warnings.mine,
  );
  return lines.join("\n");
}
