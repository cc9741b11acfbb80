// Topic feedback (lib/search/feedback.ts): the topics of a query's first results re-rank the first few
// dozen, within papers matching every part and within papers matching some.
import { describe, expect, it } from "vitest";
import { topicFeedback } from "@/lib/search/feedback";
import { FEEDBACK_WINDOW } from "@/lib/search/options";

/** Topic 0 is the query's subject: most first results are in it. */
const A = 0;
const B = 1;
const C = 2;

describe("topicFeedback", () => {
  it("lifts a paper in the topic the first results share above ones in none of their topics, keeping the first result first", () => {
    // Results 0..5: the first three in A, then two in C, then one in A.
    const topicsOf = [[A], [A], [A, B], [C], [C], [A]];
    const docs = Int32Array.from([0, 1, 2, 3, 4, 5]);
    topicFeedback(docs, docs.length, topicsOf);
    expect(docs[0]).toBe(0);
    expect([...docs].indexOf(5)).toBeLessThan([...docs].indexOf(3));
    expect([...docs].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("never moves a paper matching only some words above one matching all of them", () => {
    const topicsOf = [[C], [C], [A], [A], [A], [A]];
    const docs = Int32Array.from([0, 1, 2, 3, 4, 5]);
    topicFeedback(docs, 2, topicsOf); // 0 and 1 match every word
    expect(new Set(docs.subarray(0, 2))).toEqual(new Set([0, 1]));
  });

  it("leaves the results past its window, and a list whose first results share no topic, as they were", () => {
    const n = FEEDBACK_WINDOW + 5;
    const topicsOf = Array.from({ length: n }, (_, d) => (d === n - 1 ? [A] : d < 10 ? [A] : [C]));
    const docs = Int32Array.from({ length: n }, (_, i) => i);
    topicFeedback(docs, n, topicsOf);
    expect([...docs.subarray(FEEDBACK_WINDOW)]).toEqual(Array.from({ length: 5 }, (_, i) => FEEDBACK_WINDOW + i));
    const untopical = Int32Array.from([3, 1, 2, 0]);
    topicFeedback(untopical, 4, [[], [], [], []]);
    expect([...untopical]).toEqual([3, 1, 2, 0]);
  });
});
