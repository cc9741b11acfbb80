// The order in which feeds list papers: the newest to enter the catalog first. A paper's entry
// order is its ledger sequence number (higher = entered later); papers the ledger does not know,
// or all of them while there is no ledger, follow by date (newest first), then by id. Pure.
import type { PaperRecord } from "./schema";

/** The catalog's feeds hold at most this many entries: the newest. */
export const FEED_SIZE = 100;
/**
 * A topic's feeds hold at most this many: a week or more of daily listings for most topics, and
 * each of a catalog's many topic feeds costs as much again as its entries.
 */
export const TOPIC_FEED_SIZE = 50;

type Ordered = Pick<PaperRecord, "id" | "date">;

export function entryOrder<T extends Ordered>(papers: readonly T[], seq: ReadonlyMap<string, number>): T[] {
  return [...papers].sort((a, b) => {
    const sa = seq.get(a.id);
    const sb = seq.get(b.id);
    if (sa !== sb) {
      if (sa === undefined) return 1;
      if (sb === undefined) return -1;
      return sb - sa;
    }
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The newest FEED_SIZE papers in entry order. */
export function newestEntries<T extends Ordered>(papers: readonly T[], seq: ReadonlyMap<string, number>, size = FEED_SIZE): T[] {
  return entryOrder(papers, seq).slice(0, size);
}
