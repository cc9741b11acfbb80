// Where to read a paper in full. Nothing is fetched: these are plain links. A paper whose listing
// or abstract names its arXiv id or DOI links there directly; every paper also gets searches by
// its title on arXiv, Semantic Scholar, Google Scholar and Hugging Face Papers. A title the ingest
// inferred from the abstract is not the paper's real title, so those search a distinctive phrase
// of the abstract instead.
import { readerText } from "./abstract-excerpt";
import { arxivAbsUrl, doiUrl, paperIds } from "./paper-ids";
import type { PaperRecord } from "./schema";
import { STOPWORDS } from "./text";

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

/** Direct links for a known arXiv id or DOI, then searches for `query` (the paper's searchQuery) on four services. */
export function findPaperLinks(paper: Pick<PaperRecord, "title" | "titleInferred" | "abstract" | "links">, query = searchQuery(paper)): FindLink[] {
  const ids = paperIds(paper);
  const { text, phrase } = query;
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
