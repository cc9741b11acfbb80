// content/corrections.json against the catalog it corrects: a correction for an id no paper has,
// or naming a topic the taxonomy does not define, is an error (it would silently do nothing), and
// the message suggests what was probably meant. A correction for a paper that left the catalog
// (an id the ledger retired) is kept and waits: removing a listing must not stop the ingest, and the
// correction applies again if the paper comes back. The catalog warns of it (waitingReason).
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

/** Why a correction of a retired id applies to nothing now: its paper was merged into another, or removed. */
export function waitingReason(entry: LedgerEntry): string {
  return entry.status === "merged"
    ? `this id was merged into "${entry.into}"; the correction applies to nothing until it is keyed by that id`
    : `this paper was removed from the catalog${entry.removedOn ? ` on ${entry.removedOn}` : ""}; the correction waits in case it comes back (drop it if it will not)`;
}

/**
 * Every correction that points at nothing: ids never issued and unknown topic ids. A topic's former
 * id (`formerly`, in `renamed`) still names it: the ingest applies the correction to the topic it
 * became, and warns (lib/topics.ts).
 */
export function correctionProblems(corrections: Corrections, paperIds: string[], topicIds: string[], ledger: LedgerEntry[] = [], renamed: ReadonlyMap<string, string> = new Map()): string[] {
  const papers = new Set(paperIds);
  const topics = new Set([...topicIds, ...renamed.keys()]);
  const retired = new Set(ledger.flatMap((e) => (e.status === "live" ? [] : [e.id])));
  const problems: string[] = [];
  for (const [id, c] of Object.entries(corrections.papers)) {
    if (!papers.has(id) && !retired.has(id)) problems.push(`${FILE}: papers.${id}: no paper has this id${suggestion(id, paperIds)}`);
    for (const field of ["pin", "add", "remove"] as const) {
      for (const t of c.topics?.[field] ?? []) {
        if (!topics.has(t)) problems.push(`${FILE}: papers.${id}.topics.${field}: no topic "${t}" in content/topics/${suggestion(t, topicIds)}`);
      }
    }
  }
  return problems;
}
