// Where to read a paper in full. Nothing is fetched: these are plain links. A paper whose listing
// or abstract names its arXiv id or DOI links there directly; every paper also gets searches by
// its title on arXiv, Semantic Scholar, Google Scholar and Hugging Face Papers. A title the ingest
// inferred from the abstract is not the paper's real title, so those search a distinctive phrase
// of the abstract instead.
import { readerText } from "./abstract-excerpt";
import type { Link, PaperRecord } from "./schema";
import { STOPWORDS } from "./text";

/** New-style arXiv ids (2401.12345, with an optional version) and old-style ones (hep-th/9901001). */
const ARXIV_ID = String.raw`(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?`;
const ARXIV_URL = new RegExp(String.raw`^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/(${ARXIV_ID})(?:\.pdf)?/?(?:[?#].*)?$`, "i");
const ARXIV_IN_TEXT = new RegExp(String.raw`\barXiv:\s?(${ARXIV_ID})\b`, "i");
/** A DOI: "10." a registrant code, "/" and a suffix without spaces. */
const DOI = String.raw`10\.\d{4,9}/[^\s"<>]+`;
const DOI_URL = new RegExp(String.raw`^https?://(?:dx\.)?doi\.org/(${DOI})$`, "i");

/** The arXiv id in an arXiv URL ("https://arxiv.org/pdf/2401.12345v2.pdf" -> "2401.12345v2"). */
export function arxivIdOfUrl(url: string): string | null {
  return ARXIV_URL.exec(url)?.[1] ?? null;
}

export function doiOfUrl(url: string): string | null {
  const m = DOI_URL.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/**
 * A line of a listing that only names the paper: "arXiv:2401.12345", "arXiv:2401.12345 [pdf, other] cs.CL",
 * "https://arxiv.org/abs/2401.12345", "doi:10.1000/xyz", "https://doi.org/10.1000/xyz".
 * Returns the paper's canonical URL, or null for any other line.
 */
export function paperUrlOfLine(line: string): string | null {
  const t = line.trim();
  const arxiv = new RegExp(String.raw`^arXiv:\s?(${ARXIV_ID})(?:\s+\[[^\]]*\])?(?:\s+[a-z-]+\.[A-Za-z-]+)*$`, "i").exec(t);
  if (arxiv) return arxivAbsUrl(arxiv[1]!);
  const doi = new RegExp(String.raw`^doi:\s?(${DOI})$`, "i").exec(t);
  if (doi) return doiUrl(doi[1]!);
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

/** Listing-given paper URLs added to the links found in the abstract, without duplicates. */
export function withPaperUrls(links: Link[], urls: readonly string[]): Link[] {
  const have = new Set(links.map((l) => l.url));
  const added = [...new Set(urls)].filter((u) => !have.has(u)).map((url): Link => ({ url, kind: "paper" }));
  return added.length === 0 ? links : [...links, ...added];
}

const PHRASE_WORDS = 8;

/**
 * The most distinctive run of PHRASE_WORDS words inside one sentence of the abstract, as a reader
 * sees it: the one with the most content words, names ("BitStack", "GAOKAO-Eval") counting double.
 * No run crosses a formula, a URL or a sentence end, so a search engine can match it as printed.
 */
export function distinctivePhrase(abstract: string): string {
  const text = readerText(abstract);
  let best = { score: -1, phrase: "" };
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const tokens = sentence.split(/\s+/).filter((w) => w !== "");
    for (let i = 0; i + PHRASE_WORDS <= tokens.length || (i === 0 && tokens.length > 0); i++) {
      const run = tokens.slice(i, i + PHRASE_WORDS);
      if (run.some((w) => /[$\\{}]|https?:|^\W*$/.test(w))) continue;
      const words = run.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
      let score = 0;
      for (const w of words) {
        if (w.length < 3 || STOPWORDS.has(w.toLowerCase())) continue;
        score += /\p{Lu}.*(\p{Lu}|\d)|\p{Ll}\p{Lu}/u.test(w) ? 2 : 1;
      }
      if (score > best.score) best = { score, phrase: words.join(" ").replace(/[^\p{L}\p{N}]+$/u, "") };
    }
  }
  return best.phrase || text.split(/\s+/).slice(0, PHRASE_WORDS).join(" ");
}

export type FindLink = { service: string; label: string; href: string; direct: boolean };

/** What the searches look for: the title, or for an inferred title a phrase of the abstract. */
export function searchQuery(paper: Pick<PaperRecord, "title" | "titleInferred" | "abstract">): { text: string; phrase: boolean } {
  return paper.titleInferred ? { text: distinctivePhrase(paper.abstract), phrase: true } : { text: paper.title, phrase: false };
}

export function findPaperLinks(paper: Pick<PaperRecord, "title" | "titleInferred" | "abstract" | "links">): FindLink[] {
  const ids = paperIds(paper);
  const { text, phrase } = searchQuery(paper);
  const q = encodeURIComponent(text);
  const quoted = encodeURIComponent(`"${text}"`);
  const links: FindLink[] = [];
  if (ids.arxiv) {
    links.push({ service: "arXiv", label: `arXiv:${ids.arxiv}`, href: arxivAbsUrl(ids.arxiv), direct: true });
    links.push({ service: "Hugging Face Papers", label: "Hugging Face paper page", href: `https://huggingface.co/papers/${ids.arxiv.replace(/v\d+$/, "")}`, direct: true });
  }
  if (ids.doi) links.push({ service: "DOI", label: `doi:${ids.doi}`, href: doiUrl(ids.doi), direct: true });
  links.push(
    { service: "arXiv", label: "Search arXiv", href: `https://arxiv.org/search/?query=${phrase ? quoted : q}&searchtype=${phrase ? "all" : "title"}`, direct: false },
    { service: "Semantic Scholar", label: "Search Semantic Scholar", href: `https://www.semanticscholar.org/search?q=${q}`, direct: false },
    { service: "Google Scholar", label: "Search Google Scholar", href: `https://scholar.google.com/scholar?q=${quoted}`, direct: false },
    { service: "Hugging Face Papers", label: "Search Hugging Face Papers", href: `https://huggingface.co/papers?q=${q}`, direct: false },
  );
  return links;
}
