import { z } from "zod";
import { BIDI, CONTROL, hasVisibleLetters } from "./text-hygiene";

// The record kinds that cross the content/ boundary. Every type in the project is inferred from
// these schemas; nothing that is read from content/ is cast.

/** Text shown as a title: visible letters or digits, and no control or bidirectional control characters. */
export const ShownTextSchema = (max: number) =>
  z
    .string()
    // Characters as a reader counts them: "𝐀" is one, though JavaScript's length says two.
    .refine((t) => [...t].length <= max, `is too long: at most ${max} characters`)
    .refine(hasVisibleLetters, "needs visible letters or digits (it is empty, or only spaces, punctuation or invisible characters)")
    .refine((t) => !CONTROL.test(t), "holds a control character")
    .refine((t) => !BIDI.test(t), "holds a bidirectional control character, which can make text display in another order than it reads");

/** A count of authors or upvotes: above this it is not a real one. */
const CountSchema = z.int("must be a whole number").max(1_000_000, "is too large: at most 1,000,000");

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
  url: z.url({ protocol: /^https?$/ }).refine((u) => !BIDI.test(u), "holds a bidirectional control character"),
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
  title: ShownTextSchema(400),
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
  title: ShownTextSchema(400).optional(),
  date: IsoDateSchema.nullable().optional(),
  authorCount: CountSchema.positive().nullable().optional(),
  upvotes: CountSchema.nonnegative().nullable().optional(),
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

/**
 * One line of content/ledger.jsonl: an id the catalog has issued, for ever. "live" ids are papers
 * in content/papers/; "merged" ids answer with a pointer to the paper they turned out to be;
 * "removed" ids answer with a tombstone. The identity fields (title as listed, abstract fingerprint,
 * word count, MinHash signature) are what the ingest matches a re-listed paper against.
 */
export const LedgerEntrySchema = z
  .strictObject({
    id: IdSchema,
    /** Order of issue: 1 is the first id; a higher seq entered the catalog later. */
    seq: z.int().positive(),
    status: z.enum(["live", "merged", "removed"]),
    /** For "merged": the id of the paper it turned out to be. */
    into: IdSchema.optional(),
    /** For "removed": the day the ingest found the paper gone (YYYY-MM-DD), written once. */
    removedOn: IsoDateSchema.optional(),
    /** For "removed": the listing files it was last listed in. */
    lastListed: z.array(z.string().min(1)).optional(),
    /** The title as the listings gave it (before corrections), when last seen. */
    title: z.string().min(1).max(400),
    /** Fingerprint of the abstract's exact text. */
    fp: z.string().regex(/^[0-9a-z]{7}$/, "must be 7 base-36 digits"),
    /** Distinct words in the abstract. */
    words: z.int().nonnegative(),
    /** MinHash of the abstract's word set: 64 8-bit values, base64url. */
    sig: z.string().regex(/^[A-Za-z0-9_-]{86}$/, "must be 86 base64url characters"),
  })
  .superRefine((e, ctx) => {
    const wrong = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if ((e.status === "merged") !== (e.into !== undefined)) wrong("into", 'is set exactly when status is "merged"');
    if (e.into === e.id) wrong("into", "points at the entry itself");
    if ((e.status === "removed") !== (e.removedOn !== undefined)) wrong("removedOn", 'is set exactly when status is "removed"');
    if ((e.status === "removed") !== (e.lastListed !== undefined)) wrong("lastListed", 'is set exactly when status is "removed"');
  });

export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** A weighted phrase that puts a paper in a topic: "sparse autoencoder" (weight 3). */
export const TopicTermSchema = z.strictObject({
  term: z.string().min(2),
  weight: z.number().positive().max(10),
});

/** Front matter of content/topics/<id>.md, written by hand; the body introduces the topic. */
export const TopicSchema = z.strictObject({
  title: ShownTextSchema(80),
  description: z.string().min(1).max(300),
  terms: z.array(TopicTermSchema).min(1),
  /** A paper matching any of these phrases is never put in the topic by matching. */
  exclude: z.array(z.string().min(2)).default([]),
  /** Ids this topic had before it was renamed: the pages and feeds published under them lead here. */
  formerly: z.array(IdSchema).default([]),
});

export const TopicRecordSchema = TopicSchema.extend({ id: IdSchema, intro: z.string() });

export type Topic = z.infer<typeof TopicSchema>;

/**
 * A line of content/published.jsonl: the path of a topic or listing page the site has published
 * (written by the ingest, never removed), with the title of a topic's or listing's first page.
 */
export const PublishedEntrySchema = z.strictObject({
  path: z.string().regex(/^\/(?:topics|sources)\/[a-z0-9_-]+\/(?:[a-z0-9_-]+\/)*$/, "must be the path of a /topics/ or /sources/ page"),
  title: ShownTextSchema(400).optional(),
  /** A listing's first page: a hash of the papers it lists, which finds the listing again under a new name. */
  key: z.string().regex(/^[0-9a-f]{16}$/, "must be 16 hexadecimal digits").optional(),
  /** A listing's first page no longer built: the listing it became (its URL segment), found when it was renamed. */
  renamedTo: z.string().regex(/^[a-z0-9_-]+$/, "must be a listing's URL segment").optional(),
});

export type PublishedEntry = z.infer<typeof PublishedEntrySchema>;
export type TopicRecord = z.infer<typeof TopicRecordSchema>;

/** content/acronyms.json: acronyms and their expansions, matched both ways by search. */
export const AcronymsSchema = z.strictObject({
  acronyms: z.array(
    z.strictObject({
      short: ShownTextSchema(20).min(2),
      long: z.array(ShownTextSchema(80).min(3)).min(1),
    }),
  ),
});

export type Acronyms = z.infer<typeof AcronymsSchema>;
