import { z } from "zod";

// The record kinds that cross the content/ boundary. Every type in the project is inferred from
// these schemas; nothing that is read from content/ is cast.

/** A permalink slug: lowercase ASCII letters and digits in dash-separated runs. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (a-z, 0-9, single dashes)")
  .max(120);

/** An ISO calendar date, kept as a string so YAML never turns it into a Date. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real date");

export const SourceRefSchema = z.strictObject({
  /** File name inside content/sources/. */
  file: z.string().min(1),
  /** 1-based line of the entry's first line (its title, or its abstract when untitled). */
  line: z.int().positive(),
});

export const LinkKindSchema = z.enum(["code", "project", "model", "dataset", "paper", "other"]);

export const LinkSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  kind: LinkKindSchema,
});

export const TopicAssignmentSchema = z.strictObject({
  id: IdSchema,
  /** Weighted match score; 0 for topics a curator pinned or added by hand. */
  score: z.number().nonnegative(),
  /** The terms that matched, best first: why the paper sits in this topic. */
  terms: z.array(z.string()),
  /** "match" from the topic terms, "curator" from content/corrections.json. */
  by: z.enum(["match", "curator", "fallback"]),
});

export const PaperSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(400),
  /** True when no listing gave a title and the ingest derived one from the abstract. */
  titleInferred: z.boolean(),
  authorCount: z.int().positive().nullable(),
  date: IsoDateSchema.nullable(),
  /** True when the listing printed no year and the ingest inferred it from the listing. */
  dateInferred: z.boolean(),
  upvotes: z.int().nonnegative().nullable(),
  links: z.array(LinkSchema),
  sources: z.array(SourceRefSchema).min(1),
  topics: z.array(TopicAssignmentSchema),
  /** Fields a curator set by hand in content/corrections.json. */
  corrected: z.array(z.string()),
});

/** A paper as stored: front matter plus the abstract as the Markdown body. */
export const PaperRecordSchema = PaperSchema.extend({ abstract: z.string().min(1) });

export type Paper = z.infer<typeof PaperSchema>;
export type PaperRecord = z.infer<typeof PaperRecordSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type LinkKind = z.infer<typeof LinkKindSchema>;
export type TopicAssignment = z.infer<typeof TopicAssignmentSchema>;

/** Hand corrections, keyed by paper id; they survive every ingest. */
export const PaperCorrectionSchema = z.strictObject({
  title: z.string().min(1).max(400).optional(),
  date: IsoDateSchema.nullable().optional(),
  authorCount: z.int().positive().nullable().optional(),
  upvotes: z.int().nonnegative().nullable().optional(),
  topics: z
    .strictObject({
      /** Replace the computed topics with exactly these. */
      pin: z.array(IdSchema).min(1).max(3).optional(),
      add: z.array(IdSchema).optional(),
      remove: z.array(IdSchema).optional(),
    })
    .optional(),
  /** Why the correction was made, for reviewers. */
  note: z.string().optional(),
});

export const CorrectionsSchema = z.strictObject({
  papers: z.record(IdSchema, PaperCorrectionSchema),
});

export type PaperCorrection = z.infer<typeof PaperCorrectionSchema>;
export type Corrections = z.infer<typeof CorrectionsSchema>;

/** One entry of a listing as captured, in order, pointing at the paper it became. */
export const ListingEntrySchema = z.strictObject({
  line: z.int().positive(),
  paper: IdSchema,
  title: z.string().nullable(),
});

/** What the listing is: see lib/listing-kind.ts. */
export const ListingKindSchema = z.enum(["daily", "search", "collection", "abstracts"]);

export const ListingSchema = z.strictObject({
  file: z.string().min(1),
  kind: ListingKindSchema,
  /** Collection heading printed above the entries, e.g. "Large Language Model". */
  heading: z.string().nullable(),
  /** Page date as printed, e.g. "Mar 18" (no year on the page). */
  pageDate: z.string().nullable(),
  /** The year the listing's yearless dates belong to, when it can be inferred. */
  year: z.int().nullable(),
  entries: z.array(ListingEntrySchema),
});

export const ListingsSchema = z.array(ListingSchema);

export type Listing = z.infer<typeof ListingSchema>;
export type ListingEntry = z.infer<typeof ListingEntrySchema>;
export type ListingKind = z.infer<typeof ListingKindSchema>;

/** A weighted phrase that puts a paper in a topic: "sparse autoencoder" (weight 3). */
export const TopicTermSchema = z.strictObject({
  term: z.string().min(2),
  weight: z.number().positive().max(10),
});

/** Front matter of content/topics/<id>.md, written by hand; the body introduces the topic. */
export const TopicSchema = z.strictObject({
  title: z.string().min(1).max(80),
  description: z.string().min(1).max(300),
  terms: z.array(TopicTermSchema).min(1),
  /** A paper matching any of these phrases is never put in the topic by matching. */
  exclude: z.array(z.string().min(2)).default([]),
});

export const TopicRecordSchema = TopicSchema.extend({ id: IdSchema, intro: z.string() });

export type Topic = z.infer<typeof TopicSchema>;
export type TopicRecord = z.infer<typeof TopicRecordSchema>;

/** content/acronyms.json: acronyms and their expansions, matched both ways by search. */
export const AcronymsSchema = z.strictObject({
  acronyms: z.array(
    z.strictObject({
      short: z.string().min(2).max(20),
      long: z.array(z.string().min(3).max(80)).min(1),
    }),
  ),
});

export type Acronyms = z.infer<typeof AcronymsSchema>;
