// Stage 1 of the ingest: listing text in, entries with their line numbers out. Pure: no I/O.
//
// A listing is what a researcher copied from a listing page as plain text. The shapes seen so far,
// recognised by content and never by file name:
//   - abstract-only lines:            "Abstract:Large Language Models (LLMs) are ..."
//   - a title line, then its abstract line, with or without blank lines between entries;
//   - daily-papers metadata after an abstract: "  • 4 authors" / "·" / "Aug 1, 2024 1";
//   - page furniture ("new", "Subscribe", "Daily Papers", ...), a page date ("Mar 18") and a
//     collection heading ("Large Language Model") before the first entry.

import { firstControl, hasBidi, hasVisibleLetters, isUtf16, stripBidi, visibleText } from "./text-hygiene";
import { attachPaperUrls, paperUrlLine, type IdLine } from "./paper-ids";

export const MAX_LINE_LENGTH = 10_000;

export type ListingProblem = { file: string; line: number; message: string };

/** The only error the parser throws: every problem found in one or more listings. */
export class ListingError extends Error {
  readonly problems: ListingProblem[];
  constructor(problems: ListingProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ListingError";
    this.problems = problems;
  }
}

export function formatProblem(p: ListingProblem): string {
  return `content/sources/${p.file}:${p.line}: ${p.message}`;
}

export type MonthDay = { month: number; day: number };
export type ListedDate = MonthDay & { year: number | null };

export type ListingEntry = {
  /** Line of the entry's first line: its title, or its abstract when untitled. */
  line: number;
  title: string | null;
  abstract: string;
  abstractLine: number;
  authorCount: number | null;
  date: ListedDate | null;
  /** Upvotes as printed; 0 when a metadata block shows none; null without a metadata block. */
  upvotes: number | null;
  metadataLine: number | null;
  /** The paper's own arXiv or DOI URL, when the listing names it on a line of its own (lib/listing-ids.ts). */
  paperUrls: string[];
};

export type ParsedListing = {
  file: string;
  heading: string | null;
  pageDate: { text: string; line: number } | null;
  entries: ListingEntry[];
  /** What the parser changed and why (bidi controls removed from a title). */
  warnings?: ListingProblem[];
};

const FURNITURE = new Set(
  [
    "new",
    "subscribe",
    "daily papers",
    "get trending papers in your email inbox!",
    "get trending papers in your email inbox once a day!",
    "byak and the research community",
  ].map((s) => s.toLowerCase()),
);
/** No longer line lower-cases to furniture, so abstracts are not lower-cased and looked up. */
const FURNITURE_MAX_LENGTH = Math.max(...[...FURNITURE].map((s) => s.length));

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_RE = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
/** "Mar 18" — a page date or a metadata date without year or upvotes. */
const BARE_DATE = new RegExp(`^${MONTH_RE} (\\d{1,2})$`, "i");
/** "Aug 1, 2024 1", "Jun 11 2", "Sep 30": the date part of a metadata block. */
const META_DATE = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?(?:\\s+(\\d+))?$`, "i");
const AUTHORS = /^•\s*(\d+)\s+authors?$/i;
/** A line that starts like a metadata date ("Dec 31, 99999", "Jun 11, 2024 -5", "Jun 11, 2024 1e9", "Jun 11 1.2k") but is not one. */
const DATE_LIKE = new RegExp(`^${MONTH_RE}\\s+\\d+[\\d\\s,.+-]*(?:[ek][\\d+-]*)?$`, "i");
/** "• 4 authors" is short: a longer line starting with a bullet is text (an abstract can start with one). */
const METADATA_MAX_LENGTH = 40;
const ABSTRACT_PREFIX = /^abstract\s*:\s*/i;
/** "SubscribeCItruS: ..." — the Subscribe button's text glued to the first title. */
const GLUED_SUBSCRIBE = /^Subscribe(?=[A-Z0-9("'[])/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Decode raw bytes as UTF-8 text, or report why they are not a listing. */
export function decodeListing(bytes: Uint8Array, file: string): string {
  if (isUtf16(bytes)) throw new ListingError([{ file, line: 1, message: "is UTF-16 text; save it as UTF-8" }]);
  if (bytes.includes(0)) {
    const at = bytes.indexOf(0);
    throw new ListingError([{ file, line: lineOfOffset(bytes, at), message: "contains a NUL byte: not a text file" }]);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ListingError([{ file, line: firstInvalidUtf8Line(bytes), message: "is not valid UTF-8 text; save it as UTF-8" }]);
  }
}

/** A line ends at LF, CRLF or a lone CR (a listing saved with old Mac line endings). */
const endsLine = (bytes: Uint8Array, i: number) => bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a);

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (endsLine(bytes, i)) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || endsLine(bytes, i)) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return lineOfOffset(bytes, start);
      }
      start = i + 1;
    }
  }
  return 1;
}

/** Split into lines on CRLF, lone CR or LF, without the BOM and trailing spaces and tabs. */
export function splitLines(text: string): string[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // Most lines end in a visible character: skip the regex for them (same result, far cheaper).
  return body.split(/\r\n|\r|\n/).map((l) => (endsInBlank(l) ? l.replace(/[ \t\u00a0]+$/u, "") : l));
}

function endsInBlank(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** Whitespace other than a plain space (\s includes \u00a0). */
const OTHER_WHITESPACE = /[^\S ]/;

/** Collapse runs of whitespace inside a line; the text is otherwise left exactly as listed. */
export function tidy(text: string): string {
  // Already tidy (single spaces only, none at either end) is the common case: return it as is
  // rather than rebuilding the string, which made tidy the parser's hottest function.
  if (!OTHER_WHITESPACE.test(text) && !text.includes("  ") && !text.startsWith(" ") && !text.endsWith(" ")) return text;
  return text.replace(/[\s\u00a0]+/gu, " ").trim();
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A character V8 cannot store in one byte. */
const WIDE = /[^\x00-\xff]/;

/**
 * The same text, as a string of its own. A line is a slice of the whole decoded listing, and V8
 * stores that two bytes a character as soon as the file holds one "•" or "π"; a string of its own
 * with no such character is stored one byte a character, which every later step (normalizing,
 * lower-casing, matching, writing) handles about twice as fast.
 */
function ownCopy(text: string): string {
  return WIDE.test(text) ? text : decoder.decode(encoder.encode(text));
}

type Line = { n: number; text: string };

type Kind =
  | { kind: "furniture" }
  | { kind: "date" }
  | { kind: "authors"; count: number }
  | { kind: "dot" }
  | { kind: "meta-bad" }
  | { kind: "date-bad" }
  | { kind: "abstract"; text: string }
  | { kind: "paper-url"; url: string }
  | { kind: "text"; text: string };

function classify(text: string): Kind {
  const t = text.trim();
  if (t.length <= FURNITURE_MAX_LENGTH && FURNITURE.has(t.toLowerCase())) return { kind: "furniture" };
  if (META_DATE.test(t)) return { kind: "date" };
  if (DATE_LIKE.test(t)) return { kind: "date-bad" };
  if (t === "·") return { kind: "dot" };
  if (t.startsWith("•") && t.length <= METADATA_MAX_LENGTH) {
    const m = AUTHORS.exec(t);
    return m ? { kind: "authors", count: Number(m[1]) } : { kind: "meta-bad" };
  }
  const url = paperUrlLine(t);
  if (url) return { kind: "paper-url", url };
  const abs = ABSTRACT_PREFIX.exec(t);
  if (abs) return { kind: "abstract", text: tidy(t.slice(abs[0].length)) };
  return { kind: "text", text: tidy(t) };
}

function monthDay(monthName: string, dayText: string): MonthDay | null {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const day = Number(dayText);
  if (month < 1 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return { month, day };
}

/**
 * Does this line read as an abstract rather than a title? Abstracts are long, or several
 * sentences; titles are short and rarely end in a full stop. Used only where the position of a
 * line leaves the role open (a missing abstract, a missing title).
 */
export function looksLikeAbstract(text: string): boolean {
  if (text.length >= 400) return true;
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z(])/).length;
  return text.length >= 160 && sentences >= 2 && /[.!?)"']$/.test(text);
}

function looksLikeTitle(text: string): boolean {
  return [...text].length <= MAX_TITLE_LENGTH && !looksLikeAbstract(text);
}

/** The control characters of text-hygiene.ts's CONTROL that can occur in a text before it is split into lines. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A title is at most this many characters; an abstract has at least MIN_ABSTRACT_LENGTH. */
export const MAX_TITLE_LENGTH = 300;
export const MIN_ABSTRACT_LENGTH = 100;
/** The end of a sentence: ".", "!" or "?", perhaps before a closing quote or bracket, then a space or the end. */
const SENTENCE_END = /[.!?]["')\]]*(?:\s|$)/;

/** Most words of four letters or more start with a capital, as in "Sparse Autoencoders for Routing". */
function capitalizedLikeATitle(text: string): boolean {
  const ws = text.match(/\p{L}{4,}/gu) ?? [];
  return ws.length >= 6 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.7;
}

/**
 * Why a line cannot be an abstract, naming the rule it breaks, or null when it reads as one.
 * An abstract is sentences, at least MIN_ABSTRACT_LENGTH visible characters long; a shorter text
 * capitalized like a title is a title. Real abstracts run 300 to 2,000 characters.
 */
export function notAnAbstract(text: string): string | null {
  // Counting what a reader sees in the first 2 x MIN_ABSTRACT_LENGTH characters settles most lines.
  const head = visibleText(text.slice(0, 2 * MIN_ABSTRACT_LENGTH)).trim();
  const visible = head.length >= MIN_ABSTRACT_LENGTH ? text : visibleText(text).trim();
  if (visible.length < MIN_ABSTRACT_LENGTH) return `it is ${visible.length} characters long, and an abstract has at least ${MIN_ABSTRACT_LENGTH}`;
  if (!SENTENCE_END.test(visible)) return `it has no sentence, and an abstract has sentences ending in ".", "!" or "?"`;
  if (visible.length < 300 && capitalizedLikeATitle(visible)) return "its words are capitalized like a title's, not written as sentences";
  return null;
}

/**
 * Parse one listing. Throws ListingError naming every problem found (file:line: what is wrong);
 * never anything else, whatever the input.
 */
export function parseListing(text: string, file: string): ParsedListing {
  const problems: ListingProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  const warnings: ListingProblem[] = [];
  /** A title as shown: no glued "Subscribe", no bidi controls (a warning says they were removed). */
  const cleanTitle = (title: Line): string => {
    const text = tidy(title.text.trim().replace(GLUED_SUBSCRIBE, ""));
    if (!hasVisibleLetters(text)) problem(title.n, "title has no visible letters or digits");
    if (!hasBidi(text)) return text;
    warnings.push({ file, line: title.n, message: "removed bidirectional control characters from the title (they can make text display in another order than it reads)" });
    return tidy(stripBidi(text));
  };

  const lines: Line[] = [];
  splitLines(text).forEach((t, i) => {
    if (t.trim() !== "") lines.push({ n: i + 1, text: t });
  });
  if (lines.length === 0) {
    throw new ListingError([{ file, line: 1, message: "is empty: a listing needs at least one entry" }]);
  }

  // One scan of the whole text; only a listing that holds a control character is searched line by line.
  const hasControl = CONTROL_IN_TEXT.test(text);
  const entries: ListingEntry[] = [];
  let heading: string | null = null;
  let pageDate: ParsedListing["pageDate"] = null;
  let pendingTitle: Line | null = null;
  let lastAbstractIndex = -1; // index in `lines` of the latest abstract, for metadata attachment
  let tooLong = -1; // line of the latest title reported as too long: not reported twice
  const idLines: IdLine[] = [];

  const kinds = lines.map((l) => {
    if (l.text.length > MAX_LINE_LENGTH) return null;
    return classify(l.text);
  });
  const nextText = (i: number): string | null => {
    for (let j = i + 1; j < lines.length; j++) {
      const k = kinds[j];
      if (k && (k.kind === "text" || k.kind === "abstract")) return k.kind === "text" ? k.text : null;
      if (k && k.kind !== "furniture" && k.kind !== "paper-url") return null;
    }
    return null;
  };
  const addEntry = (title: Line | null, abstract: string, at: Line, index: number) => {
    entries.push({
      line: title ? title.n : at.n,
      title: title ? ownCopy(cleanTitle(title)) : null,
      abstract: ownCopy(abstract),
      abstractLine: at.n,
      authorCount: null,
      date: null,
      upvotes: null,
      metadataLine: null,
      paperUrls: [],
    });
    lastAbstractIndex = index;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const k = kinds[i];
    const control = hasControl && firstControl(line.text);
    if (control) problem(line.n, `line holds the control character ${control}; remove it`);
    if (!k) {
      problem(line.n, `line is ${line.text.length} characters long; no plausible abstract is over ${MAX_LINE_LENGTH}`);
      pendingTitle = null;
      continue;
    }
    switch (k.kind) {
      case "furniture":
        continue;
      case "paper-url":
        idLines.push({ line: line.n, url: k.url, entriesBefore: entries.length, pendingTitle: pendingTitle !== null });
        continue;
      case "date":
      case "authors":
      case "dot":
      case "meta-bad":
      case "date-bad": {
        if (k.kind === "date" && entries.length === 0 && pendingTitle === null && BARE_DATE.test(line.text.trim())) {
          pageDate ??= { text: line.text.trim(), line: line.n };
          continue;
        }
        const entry = entries[entries.length - 1];
        const end = metadataBlockEnd(kinds, i);
        if (pendingTitle !== null || !entry || i !== nextMetadataSlot(lines, kinds, lastAbstractIndex)) {
          problem(line.n, `metadata line "${clip(line.text.trim())}" does not follow an abstract`);
          i = end - 1;
          continue;
        }
        const parsed = parseMetadataBlock(lines.slice(i, end).map((l) => l.text.trim()));
        if (typeof parsed === "string") problem(line.n, parsed);
        else Object.assign(entry, parsed, { metadataLine: line.n });
        i = end - 1;
        continue;
      }
      case "abstract":
        const refused = k.text === "" ? "it is empty" : notAnAbstract(k.text);
        if (refused) problem(line.n, `"Abstract:" line is not an abstract: ${refused}`);
        else addEntry(pendingTitle, k.text, line, i);
        pendingTitle = null;
        continue;
      case "text": {
        if (pendingTitle === null) {
          if (looksLikeTitle(k.text)) pendingTitle = line;
          else if (!SENTENCE_END.test(k.text) || !looksLikeAbstract(k.text)) {
            // Not sentences enough for an abstract: a title too long to be one; its abstract follows.
            problem(line.n, `title is too long: ${[...k.text].length} characters, and a title has at most ${MAX_TITLE_LENGTH}`);
            pendingTitle = line;
            tooLong = line.n;
          } else problem(line.n, "abstract without a title: the line before it is not a title");
          continue;
        }
        // A pending title is waiting for its abstract. A short line followed by a long one is the
        // next title, so the pending one has no abstract - unless nothing has been listed yet,
        // where it is the collection heading ("Large Language Model").
        const next = nextText(i);
        if (looksLikeTitle(k.text) && next !== null && looksLikeAbstract(next) && !looksLikeAbstract(k.text)) {
          if (entries.length === 0 && heading === null && pendingTitle.n === firstTextLine(lines, kinds)) {
            heading = tidy(stripBidi(pendingTitle.text));
          } else {
            problem(pendingTitle.n, `title "${clip(tidy(pendingTitle.text))}" has no abstract`);
          }
          pendingTitle = line;
          continue;
        }
        // A title never becomes another title's abstract: the line must read as an abstract.
        const refused = notAnAbstract(k.text);
        if (refused) {
          if (pendingTitle.n !== tooLong) problem(pendingTitle.n, `title "${clip(tidy(pendingTitle.text))}" has no abstract: line ${line.n} is not one (${refused})`);
          pendingTitle = looksLikeTitle(k.text) ? line : null;
          continue;
        }
        addEntry(pendingTitle, k.text, line, i);
        pendingTitle = null;
        continue;
      }
    }
  }
  if (pendingTitle !== null && pendingTitle.n !== tooLong) {
    const lone = entries.length === 0 && heading === null;
    problem(
      pendingTitle.n,
      lone
        ? `title "${clip(tidy(pendingTitle.text))}" has no abstract, and the listing has no entries`
        : `title "${clip(tidy(pendingTitle.text))}" has no abstract`,
    );
  }
  if (entries.length === 0 && problems.length === 0) problem(lines[0]!.n, "has no entries: no title with an abstract, and no Abstract: line");
  for (const p of attachPaperUrls(entries, idLines)) problem(p.line, p.message);
  if (problems.length > 0) throw new ListingError(problems);
  return warnings.length > 0 ? { file, heading, pageDate, entries, warnings } : { file, heading, pageDate, entries };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Counts above this are not a real number of authors or upvotes. */
export const MAX_COUNT = 1_000_000;

function firstTextLine(lines: Line[], kinds: (Kind | null)[]): number {
  for (let i = 0; i < lines.length; i++) if (kinds[i]?.kind === "text") return lines[i]!.n;
  return -1;
}

/** The index right after an abstract, skipping nothing: metadata must follow it directly. */
function nextMetadataSlot(lines: Line[], kinds: (Kind | null)[], abstractIndex: number): number {
  let j = abstractIndex + 1;
  while (j < lines.length && (kinds[j]?.kind === "furniture" || kinds[j]?.kind === "paper-url")) j++;
  return j;
}

function metadataBlockEnd(kinds: (Kind | null)[], start: number): number {
  let j = start;
  let sawDate = false;
  while (j < kinds.length) {
    const k = kinds[j];
    if (!k) break;
    if (k.kind === "authors" || k.kind === "dot" || k.kind === "meta-bad") {
      if (sawDate) break;
      j++;
      continue;
    }
    if (k.kind === "date" || k.kind === "date-bad") {
      if (sawDate) break;
      sawDate = true;
      j++;
      continue;
    }
    break;
  }
  return j;
}

/**
 * The block under an abstract on a daily-papers page, lines already trimmed:
 *   ["• 4 authors", "·", "Aug 1, 2024 1"]  ["• 15 authors", "·", "Jan 29"]  ["·", "Jun 11 2"]
 */
export function parseMetadataBlock(
  block: string[],
): Pick<ListingEntry, "authorCount" | "date" | "upvotes"> | string {
  let authorCount: number | null = null;
  let rest = [...block];
  const first = rest[0] ?? "";
  if (first.startsWith("•")) {
    const m = AUTHORS.exec(first);
    if (!m) return `metadata "${clip(first)}" does not parse: expected "• N authors"`;
    authorCount = Number(m[1]);
    if (authorCount < 1) return `metadata "${clip(first)}" gives no authors`;
    if (authorCount > MAX_COUNT) return `metadata "${clip(first)}": the number of authors is too large (at most ${MAX_COUNT.toLocaleString("en")})`;
    rest = rest.slice(1);
  }
  if (rest[0] === "·") rest = rest.slice(1);
  if (rest.length === 0) return { authorCount, date: null, upvotes: 0 };
  if (rest.length > 1) return `metadata block "${clip(block.join(" "))}" does not parse`;
  const date = clip(rest[0]!);
  const m = META_DATE.exec(rest[0]!);
  if (!m) return `metadata date "${date}" is invalid: expected "Mon D" or "Mon D, YYYY" (a 4-digit year), then optional upvotes (a whole number, 0 or more)`;
  const md = monthDay(m[1]!, m[2]!);
  if (!md) return `metadata date "${date}" is invalid: not a real day`;
  const year = m[3] ? Number(m[3]) : null;
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return `metadata date "${date}" is invalid: the year is not between ${MIN_YEAR} and ${MAX_YEAR}`;
  if (year !== null && md.month === 2 && md.day === 29 && !isLeap(year)) return `metadata date "${date}" is invalid: not a real day`;
  const upvotes = m[4] ? Number(m[4]) : 0;
  if (upvotes > MAX_COUNT) return `metadata date "${date}": the number of upvotes is too large (at most ${MAX_COUNT.toLocaleString("en")})`;
  return { authorCount, date: { ...md, year }, upvotes };
}

/** The years a listing's dates may name, or its yearless dates be given. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The year a listing's yearless dates belong to. The page prints a year only for earlier years,
 * so the listing's own year is later than every year it prints; the earliest such year is the
 * best estimate. Null when the listing prints no year at all, or only the last year a date may name.
 */
export function inferListingYear(listing: ParsedListing): number | null {
  let max = -Infinity;
  let yearless = false;
  for (const e of listing.entries) {
    if (!e.date) continue;
    if (e.date.year === null) yearless = true;
    else max = Math.max(max, e.date.year);
  }
  if (!yearless || max === -Infinity || max + 1 > MAX_YEAR) return null;
  return max + 1;
}
