// Identifiers of a paper that let the site link to it directly: its arXiv id and DOI, from the
// paper's links, its abstract, or a line of its listing that names only the paper ("arXiv:2401.12345
// [pdf, other] cs.CL", an arXiv abs/pdf URL, "doi:10.1000/xyz" or a doi.org URL). The parser keeps
// such lines (as canonical URLs) on the entry they belong to, and the ingest adds them to the
// paper's links. No dependencies: the parser imports this.
//
// Which entry an id line belongs to depends on the listing's shape: search results print the id
// above each title, other pages print it below the abstract. A listing that names an id before its
// first entry puts every id above its entry; otherwise each id follows the entry it belongs to. An
// id between a title and its abstract always belongs to that entry.
import type { Link, PaperRecord } from "./schema";

/** New-style arXiv ids (2401.12345, with an optional version) and old-style ones (hep-th/9901001). */
const ARXIV_ID = String.raw`(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?`;
const ARXIV_URL = new RegExp(String.raw`^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/(${ARXIV_ID})(?:\.pdf)?/?(?:[?#].*)?$`, "i");
const ARXIV_IN_TEXT = new RegExp(String.raw`\barXiv:\s?(${ARXIV_ID})\b`, "i");
/** "arXiv:2401.12345", then optionally "[pdf, other]" and subject classes, as arXiv's search results print it. */
const ARXIV_LINE = new RegExp(String.raw`^arXiv:\s?(${ARXIV_ID})(?:\s+\[[^\]]*\])?(?:\s+[a-z-]+\.[A-Za-z-]+)*$`, "i");
/** A line that is only a DOI may hold any character but a space: "10.1002/(SICI)1097-4636(199711)37:2<233::AID-JBM12>3.0.CO;2-D". */
const DOI_LINE = new RegExp(String.raw`^doi:\s?(10\.\d{4,9}/\S+)$`, "i");
/** In a doi.org URL the DOI ends before a query or a fragment. */
const DOI_URL = new RegExp(String.raw`^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/[^\s"<>?#]+)(?:[?#].*)?$`, "i");

/** The arXiv id in an arXiv URL ("https://arxiv.org/pdf/2401.12345v2.pdf" -> "2401.12345v2"). */
export function arxivIdOfUrl(url: string): string | null {
  return ARXIV_URL.exec(url)?.[1] ?? null;
}

export function doiOfUrl(url: string): string | null {
  const m = DOI_URL.exec(url);
  return m ? percentDecoded(m[1]!) : null;
}

/** A DOI as written in a URL or a listing, its %XX escapes decoded (doiUrl escapes it again, once). */
function percentDecoded(doi: string): string {
  try {
    return decodeURIComponent(doi);
  } catch {
    return doi;
  }
}

/**
 * A line of a listing that only names the paper: "arXiv:2401.12345", "arXiv:2401.12345 [pdf, other] cs.CL",
 * "https://arxiv.org/abs/2401.12345", "doi:10.1000/xyz", "https://doi.org/10.1000/xyz".
 * Returns the paper's canonical URL, or null for any other line.
 */
export function paperUrlOfLine(line: string): string | null {
  const t = line.trim();
  const arxiv = ARXIV_LINE.exec(t);
  if (arxiv) return arxivAbsUrl(arxiv[1]!);
  const doi = DOI_LINE.exec(t);
  if (doi) return doiUrl(percentDecoded(doi[1]!));
  if (/\s/.test(t)) return null;
  const id = arxivIdOfUrl(t);
  if (id) return arxivAbsUrl(id);
  const d = doiOfUrl(t);
  return d ? doiUrl(d) : null;
}

export const arxivAbsUrl = (id: string) => `https://arxiv.org/abs/${id}`;
export const doiUrl = (doi: string) => `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;

export type PaperIds = { arxiv: string | null; doi: string | null };

/** The arXiv id and DOI a paper's links or abstract name, the first of each. */
export function paperIds(paper: Pick<PaperRecord, "links" | "abstract">): PaperIds {
  let arxiv: string | null = null;
  let doi: string | null = null;
  for (const l of paper.links) {
    arxiv ??= arxivIdOfUrl(l.url);
    doi ??= doiOfUrl(l.url);
  }
  arxiv ??= ARXIV_IN_TEXT.exec(paper.abstract)?.[1] ?? null;
  return { arxiv, doi };
}

/**
 * A paper's ids as the search finds them: its arXiv id without the version, its DOI, in lower case.
 * Each goes in the id file of its key (idKey), which a search that names a paper reads alone.
 */
export function searchIds(paper: Pick<PaperRecord, "links" | "abstract">): string[] {
  const { arxiv, doi } = paperIds(paper);
  return [arxiv === null ? null : bareArxivId(arxiv), doi?.toLowerCase() ?? null].filter((id): id is string => id !== null);
}

/** An arXiv id without its version, in lower case: "2402.17764v2" and "2402.17764" are one paper. */
export const bareArxivId = (id: string) => id.replace(/v\d+$/, "").toLowerCase();

/** A query that is an arXiv id alone, new style or old ("2402.17764v2", "hep-th/9901001"). */
const ARXIV_ALONE = new RegExp(`^${ARXIV_ID}$`, "i");

/** The id file an id is in: an arXiv id's year and month ("2402"), or its archive ("hep-th"); a DOI's registrant ("10-18653"). */
export function idKey(id: string): string {
  return (/^\d{4}\./.test(id) ? id.slice(0, 4) : id.split("/")[0]!).replace(/[^a-z0-9-]/g, "-");
}

/**
 * The paper id a search names on its own, as searchIds writes it: "2402.17764", "arXiv:2402.17764v2",
 * an arXiv URL, "doi:10.1000/xyz", a doi.org URL or a bare DOI. Null for any other text.
 */
export function searchedId(query: string): string | null {
  // "arxiv 2402.17764", "doi 10.1000/x" and the bare ids read as the listing lines that name them.
  const t = query.trim().replace(/^(arxiv|doi)\s+/i, "$1:");
  const line = ARXIV_ALONE.test(t) ? `arXiv:${t}` : /^10\.\d{4,9}\/\S+$/.test(t) ? `doi:${t}` : t;
  const url = paperUrlOfLine(line);
  if (url === null) return null;
  const arxiv = arxivIdOfUrl(url);
  return arxiv === null ? (doiOfUrl(url)?.toLowerCase() ?? null) : bareArxivId(arxiv);
}

/** Listing-given paper URLs added to the links found in the abstract, without duplicates. */
export function withPaperUrls(links: Link[], urls: readonly string[]): Link[] {
  const have = new Set(links.map((l) => l.url));
  const added = [...new Set(urls)].filter((u) => !have.has(u)).map((url): Link => ({ url, kind: "paper" }));
  return added.length === 0 ? links : [...links, ...added];
}

export type IdLine = { line: number; url: string; entriesBefore: number; pendingTitle: boolean };

/** Cheap test first: most lines are titles and abstracts and start with none of these. */
const MAY_NAME_A_PAPER = /^\s*(?:arxiv:|doi:|https?:\/\/)/i;

export function paperUrlLine(text: string): string | null {
  return MAY_NAME_A_PAPER.test(text) ? paperUrlOfLine(text) : null;
}

/** Give each entry the paper URLs its listing names; problems for ids that belong to no entry. */
export function attachPaperUrls(entries: { paperUrls: string[] }[], ids: IdLine[]): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  // The listing's first id outside an entry decides: above the first entry means above every entry.
  const leading = ids.find((i) => !i.pendingTitle)?.entriesBefore === 0;
  for (const id of ids) {
    const index = id.pendingTitle || leading ? id.entriesBefore : id.entriesBefore - 1;
    const entry = entries[index];
    if (!entry) {
      problems.push({ line: id.line, message: `"${id.url}" names a paper, but no entry ${leading ? "follows" : "comes before"} it` });
      continue;
    }
    if (!entry.paperUrls.includes(id.url)) entry.paperUrls.push(id.url);
  }
  return problems;
}
