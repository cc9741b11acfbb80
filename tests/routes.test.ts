import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSourceView, parseTopicView, SORTS, sourceViewSegments, topicPath, topicViewSegments } from "@/lib/routes";

describe("topic view paths", () => {
  it("gives the default view the bare topic URL", () => {
    expect(topicPath("quantization")).toBe("/topics/quantization/");
    expect(topicPath("quantization", "date", 2)).toBe("/topics/quantization/page/2/");
    expect(topicPath("quantization", "upvotes")).toBe("/topics/quantization/by/upvotes/");
    expect(topicPath("quantization", "title", 3)).toBe("/topics/quantization/by/title/page/3/");
  });

  it("gives a topic whose default order is A-Z its A-Z view at the bare URL and newest under by/date", () => {
    expect(topicPath("quantization", undefined, 1, "title")).toBe("/topics/quantization/");
    expect(topicPath("quantization", "title", 2, "title")).toBe("/topics/quantization/page/2/");
    expect(topicPath("quantization", "date", 1, "title")).toBe("/topics/quantization/by/date/");
    expect(parseTopicView(["by", "date"], "title")).toEqual({ sort: "date", page: 1 });
    expect(parseTopicView(["by", "title"], "title")).toBeNull();
  });

  it("parses exactly the segments it produces, whatever the topic's default order (fixed seed)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SORTS), fc.integer({ min: 1, max: 500 }), fc.constantFrom(...SORTS), (sort, page, defaultSort) => {
        expect(parseTopicView(topicViewSegments(sort, page, defaultSort), defaultSort)).toEqual({ sort, page });
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("rejects other segments, so no two URLs show the same page", () => {
    for (const s of [["by", "date"], ["page", "1"], ["page", "01"], ["by", "nope"], ["page"], ["by", "title", "extra"]]) {
      expect(parseTopicView(s), s.join("/")).toBeNull();
    }
  });
});

describe("source view paths", () => {
  it("round-trips page numbers and rejects the rest", () => {
    expect(parseSourceView(sourceViewSegments(1))).toBe(1);
    expect(parseSourceView(sourceViewSegments(4))).toBe(4);
    expect(parseSourceView(["page", "1"])).toBeNull();
    expect(parseSourceView(["x"])).toBeNull();
  });
});
