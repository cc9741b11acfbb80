// How to cite a paper of the catalog: a BibTeX entry and a plain-text citation, from what the
// listings give (title, year, month) plus the permalink and the listing it was found in. Listings
// carry no author names, so there is no author field rather than a made-up one.
//
// The key is the paper's id: ids are unique, deterministic and never change once published, so a
// key in someone's .bib file keeps pointing at the same paper across every rebuild of the catalog.
import { arxivAbsUrl, paperIds } from "./paper-ids";
import type { PaperRecord } from "./schema";

export type CiteSource = { file: string; heading: string | null };
export type Citable = Pick<PaperRecord, "id" | "title" | "date" | "links" | "abstract">;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Characters that do not belong in a .bib file at all: control characters, bidi overrides. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Characters with no escape of their own; "<", ">" and "|" print as "¡", "¿" and "—" in TeX's default
 * font encoding. Braces too: BibTeX counts "\{" as an opening brace, so "\}" alone would leave a
 * field open and swallow the entries after it.
 */
const TEXT_COMMANDS: Record<string, string> = {
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "\\": "\\textbackslash{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
};

/**
 * Text as BibTeX reads it literally: every character TeX treats specially is escaped, so braces
 * always balance and nothing in a title ("50% of $k$", "\\input{...}") is run as TeX.
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(UNSAFE, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\{}$&%#_~^<>|]/g, (c) => TEXT_COMMANDS[c] ?? `\\${c}`);
}

function noteFor(sources: CiteSource[]): string {
  const first = sources[0];
  if (!first) return "Listed in Paper Atlas";
  const where = first.heading ? `${first.heading} (${first.file})` : first.file;
  const more = sources.length > 1 ? ` and ${sources.length - 1} more listing${sources.length > 2 ? "s" : ""}` : "";
  return `Listed in ${where}${more}, Paper Atlas`;
}

/** One @misc entry; fields in a fixed order, so the output is byte-stable. */
export function bibtexEntry(paper: Citable, permalink: string, sources: CiteSource[]): string {
  const ids = paperIds(paper);
  const fields: [string, string][] = [["title", `{${escapeBibtex(paper.title)}}`]];
  if (paper.date) {
    fields.push(["year", paper.date.slice(0, 4)]);
    fields.push(["month", MONTHS[Number(paper.date.slice(5, 7)) - 1]!]);
  }
  if (ids.arxiv) fields.push(["eprint", ids.arxiv], ["archiveprefix", "arXiv"]);
  // url, doi and eprint are verbatim fields: only braces and backslashes could break them.
  if (ids.doi) fields.push(["doi", ids.doi.replace(/[{}\\\s]/g, "")]);
  fields.push(["url", permalink], ["howpublished", `\\url{${permalink}}`], ["note", escapeBibtex(noteFor(sources))]);
  const body = fields.map(([k, v]) => `  ${k} = ${k === "month" ? v : `{${v}}`}`).join(",\n");
  return `@misc{${paper.id},\n${body}\n}\n`;
}

/** Many entries, one blank line apart, in the order given. */
export function bibtexFile(entries: string[]): string {
  return entries.join("\n");
}

/** "Title." (2024). Listed in …, Paper Atlas. arXiv:…. <permalink> */
export function plainCitation(paper: Citable, permalink: string, sources: CiteSource[]): string {
  const ids = paperIds(paper);
  const title = paper.title.replace(UNSAFE, "").replace(/\s+/g, " ").trim();
  const parts = [`\u201c${title.replace(/[.]$/, "")}.\u201d`];
  if (paper.date) parts.push(`(${paper.date.slice(0, 4)}).`);
  parts.push(`${noteFor(sources)}.`);
  if (ids.arxiv) parts.push(`arXiv:${ids.arxiv}, ${arxivAbsUrl(ids.arxiv)}.`);
  if (ids.doi) parts.push(`doi:${ids.doi}.`);
  parts.push(permalink);
  return parts.join(" ");
}
