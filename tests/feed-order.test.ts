import { describe, expect, it } from "vitest";
import { entryOrder, FEED_SIZE, newestEntries } from "@/lib/feed-order";

const p = (id: string, date: string | null = null) => ({ id, date });

describe("feed entry order", () => {
  const papers = [p("a", "2024-01-01"), p("b", null), p("c", "2025-06-01"), p("d", "2024-01-01"), p("e", null)];

  it("puts the paper that entered the catalog last first, whatever its date", () => {
    // b entered last (highest sequence number) and has no date: a reader still sees it first.
    const seq = new Map([["a", 1], ["c", 2], ["d", 3], ["b", 4], ["e", 5]]);
    expect(entryOrder(papers, seq).map((x) => x.id)).toEqual(["e", "b", "d", "c", "a"]);
  });

  it("puts papers the ledger does not know after those it does, by date then id", () => {
    const seq = new Map([["a", 7]]);
    expect(entryOrder(papers, seq).map((x) => x.id)).toEqual(["a", "c", "d", "b", "e"]);
  });

  it("without a ledger, orders by date (newest first, undated last), then id", () => {
    expect(entryOrder(papers, new Map()).map((x) => x.id)).toEqual(["c", "a", "d", "b", "e"]);
  });

  it("does not depend on the input order, and does not change its input", () => {
    const seq = new Map([["d", 1], ["b", 2]]);
    const reversed = [...papers].reverse();
    expect(entryOrder(reversed, seq)).toEqual(entryOrder(papers, seq));
    expect(reversed.map((x) => x.id)).toEqual(["e", "d", "c", "b", "a"]);
  });

  it("keeps only the newest entries", () => {
    const many = Array.from({ length: 250 }, (_, i) => p(`p${String(i).padStart(3, "0")}`));
    const seq = new Map(many.map((x, i) => [x.id, i]));
    const newest = newestEntries(many, seq);
    expect(newest).toHaveLength(FEED_SIZE);
    expect(newest[0]!.id).toBe("p249");
    expect(newest.at(-1)!.id).toBe("p150");
  });
});
