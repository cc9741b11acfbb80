// The links of "Find the full paper", from what the server worked out of the paper (its ids and
// what to search for). No dependencies (a type aside): the client component that renders the links
// builds them, so a paper page's payload carries the query once, not four long URLs, and the
// page's JavaScript does not carry lib/paper-ids.ts's patterns.
import type { PaperIds } from "./paper-ids";

export const arxivAbsUrl = (id: string) => `https://arxiv.org/abs/${id}`;
export const doiUrl = (doi: string) => `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;

export type FindLink = { service: string; label: string; href: string; direct: boolean };
/** What the searches look for: the title, or for an inferred title a phrase of the abstract. */
export type SearchQuery = { text: string; phrase: boolean };

/** Direct links for a known arXiv id or DOI, then title (or phrase) searches on four services. */
export function findLinks(ids: PaperIds, { text, phrase }: SearchQuery): FindLink[] {
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
