// The catalog's data, to take elsewhere: JSON (every record as the schema validates it, plus its
// permalink), a JSON Schema of that file generated from the zod schema, and CSV for spreadsheets.
// Pure and deterministic: papers in id order, fields in schema order, no build time.
import { z } from "zod";
import { PaperRecordSchema, type PaperRecord } from "./schema";

export const ExportedPaperSchema = PaperRecordSchema.extend({
  /** The paper's permanent page: an absolute URL. */
  permalink: z.url({ protocol: /^https?$/ }),
});

export const PapersExportSchema = z.strictObject({
  $schema: z.url().optional(),
  title: z.string(),
  count: z.int().nonnegative(),
  papers: z.array(ExportedPaperSchema),
});

export type PapersExport = z.infer<typeof PapersExportSchema>;

/** The JSON Schema of papers.json, from the zod schema above (zod 4's own emitter). */
export function papersJsonSchema(id: string): string {
  const schema = z.toJSONSchema(PapersExportSchema, { target: "draft-2020-12" });
  return `${JSON.stringify({ ...schema, $id: id, title: "Paper Atlas papers export" }, null, 2)}\n`;
}

const FIELD_ORDER = Object.keys(PaperRecordSchema.shape) as (keyof PaperRecord)[];

export function papersJson(title: string, schemaUrl: string, papers: PaperRecord[], permalink: (p: PaperRecord) => string): string {
  const data: PapersExport = {
    $schema: schemaUrl,
    title,
    count: papers.length,
    papers: papers.map((p) => ({ ...Object.fromEntries(FIELD_ORDER.map((k) => [k, p[k]])), permalink: permalink(p) }) as PapersExport["papers"][number]),
  };
  // One record a line: compact (a tenth of the catalog's bytes is indentation otherwise) yet diffable.
  const { papers: records, ...head } = data;
  const lines = records.map((r) => JSON.stringify(r));
  return `${JSON.stringify(head).slice(0, -1)},"papers":[\n${lines.join(",\n")}\n]}\n`;
}

/**
 * One CSV cell. Every cell is quoted (quotes doubled), so commas and line breaks inside stay in
 * the cell. A cell a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, so it shows as text and never runs.
 */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  "id",
  "permalink",
  "title",
  "title_inferred",
  "date",
  "date_inferred",
  "upvotes",
  "author_count",
  "topics",
  "links",
  "sources",
  "abstract",
] as const;

/** UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF between records. */
export function papersCsv(papers: PaperRecord[], permalink: (p: PaperRecord) => string): string {
  const rows = papers.map((p) =>
    [
      p.id,
      permalink(p),
      p.title,
      p.titleInferred,
      p.date,
      p.dateInferred,
      p.upvotes,
      p.authorCount,
      p.topics.map((t) => t.id).join("; "),
      p.links.map((l) => l.url).join(" "),
      p.sources.map((s) => `${s.file}:${s.line}`).join("; "),
      p.abstract,
    ]
      .map(csvCell)
      .join(","),
  );
  return `\uFEFF${[CSV_COLUMNS.map(csvCell).join(","), ...rows].join("\r\n")}\r\n`;
}
