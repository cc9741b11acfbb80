import { describe, expect, it } from "vitest";
import { listingKind, listingName, pageDateLabel } from "@/lib/listing-kind";
import { readFileSync } from "node:fs";
import { parseListing } from "@/lib/listing-parser";

const kindOf = (fixture: string) => listingKind(parseListing(readFileSync(`tests/fixtures/listings/${fixture}.txt`, "utf8"), `${fixture}.txt`));

describe("listingKind", () => {
  it("tells a collection, a daily-papers feed, abstracts alone and a titled list apart by their content", () => {
    expect(kindOf("collection-heading")).toBe("collection");
    expect(kindOf("daily-papers")).toBe("daily");
    expect(kindOf("abstract-only")).toBe("abstracts");
    expect(kindOf("title-abstract-spaced")).toBe("search");
  });
});

describe("listingName", () => {
  it("names a listing by what it is, its heading and its page date with the inferred year", () => {
    expect(listingName({ kind: "daily", heading: null, pageDate: "Nov 6", year: 2025 })).toBe("Daily Papers, 6 Nov 2025");
    expect(listingName({ kind: "search", heading: null, pageDate: "Mar 18", year: null })).toBe("Search results, 18 Mar");
    expect(listingName({ kind: "search", heading: null, pageDate: null, year: null })).toBe("Search results");
    expect(listingName({ kind: "collection", heading: "Large Language Model", pageDate: null, year: null })).toBe("Collection: Large Language Model");
    expect(listingName({ kind: "abstracts", heading: null, pageDate: null, year: null })).toBe("Abstracts without titles");
  });

  it("keeps a page date it cannot read as printed", () => {
    expect(pageDateLabel("Sept. 3", 2024)).toBe("3 Sep 2024");
    expect(pageDateLabel("Someday", null)).toBe("Someday");
  });
});
