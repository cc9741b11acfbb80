// A schema-valid paper record for unit tests, with the fields a test cares about overridden.
import type { PaperRecord } from "@/lib/schema";

export function paperRecord(id: string, fields: Partial<PaperRecord> = {}): PaperRecord {
  return {
    id,
    title: id.replace(/-/g, " "),
    titleInferred: false,
    authorCount: null,
    date: null,
    dateInferred: false,
    upvotes: null,
    links: [],
    sources: [{ file: "a.txt", line: 1 }],
    topics: [{ id: "quant", score: 8, terms: ["quantization"], by: "match" }],
    corrected: [],
    abstract: `An abstract about ${id} quantization with enough words to compare.`,
    ...fields,
  };
}
