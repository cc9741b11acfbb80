// content/corrections.json against the catalog it corrects: a correction for an id no paper has,
// or naming a topic the taxonomy does not define, is an error (it would silently do nothing), and
// the message suggests what was probably meant.
import type { Corrections, LedgerEntry } from "./schema";
import { editDistance } from "./text";

const FILE = "content/corrections.json";

/** The known name closest to `name`, when it is close enough to be what was meant. */
export function nearest(name: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let distance = Math.max(3, Math.floor(name.length / 3));
  for (const k of known) {
    const d = editDistance(name, k, distance);
    if (d < distance || (d === distance && best === null)) {
      best = k;
      distance = d;
    }
  }
  return best;
}

const suggestion = (name: string, known: Iterable<string>) => {
  const n = nearest(name, known);
  return n === null ? "" : `; did you mean "${n}"?`;
};

/** Why a retired id has no paper: merged into another, or removed. */
function retiredReason(entry: LedgerEntry): string {
  return entry.status === "merged"
    ? `this id was merged into "${entry.into}": key the correction by that id`
    : `this paper was removed from the catalog${entry.removedOn ? ` on ${entry.removedOn}` : ""}: drop the correction`;
}

/**
 * Every correction that points at nothing: unknown paper ids and unknown topic ids. An id the
 * ledger has retired says where its paper went.
 */
export function correctionProblems(corrections: Corrections, paperIds: string[], topicIds: string[], ledger: LedgerEntry[] = []): string[] {
  const papers = new Set(paperIds);
  const topics = new Set(topicIds);
  const retired = new Map(ledger.flatMap((e) => (e.status === "live" ? [] : [[e.id, e] as const])));
  const problems: string[] = [];
  for (const [id, c] of Object.entries(corrections.papers)) {
    const gone = retired.get(id);
    if (!papers.has(id)) problems.push(`${FILE}: papers.${id}: ${gone ? retiredReason(gone) : `no paper has this id${suggestion(id, paperIds)}`}`);
    for (const field of ["pin", "add", "remove"] as const) {
      for (const t of c.topics?.[field] ?? []) {
        if (!topics.has(t)) problems.push(`${FILE}: papers.${id}.topics.${field}: no topic "${t}" in content/topics/${suggestion(t, topicIds)}`);
      }
    }
  }
  return problems;
}
