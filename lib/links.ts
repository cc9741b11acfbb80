// URLs found in an abstract: code repositories, project pages, models, data sets.
// "...available at~\url{https://github.com/OpenMOSS/Language-Model-SAEs}." -> one code link.
import type { Link, LinkKind } from "./schema";
import { hasBidi } from "./text-hygiene";

/** An http(s) URL up to the first character no URL in running text contains. */
export const URL_RE = /https?:\/\/[^\s<>"'`{}\\|^]+/gi;

/** Drop punctuation that ends the sentence rather than the URL, keeping balanced parentheses. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if (".,;:!?'\"*".includes(last)) {
      url = url.slice(0, -1);
    } else if (last === ")" || last === "]") {
      const open = last === ")" ? "(" : "[";
      if (count(url, open) < count(url, last)) url = url.slice(0, -1);
      else return url;
    } else return url;
  }
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

export function classifyLink(url: URL): LinkKind {
  const host = url.hostname.replace(/^www\./, "");
  const path = url.pathname;
  if (/(^|\.)(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com)$/.test(host)) return "code";
  if (host === "huggingface.co" || host === "hf.co") {
    if (path.startsWith("/datasets/")) return "dataset";
    if (path.startsWith("/spaces/")) return "project";
    if (path.startsWith("/papers/")) return "paper";
    return "model";
  }
  if (/(^|\.)(arxiv\.org|aclanthology\.org|openreview\.net|doi\.org)$/.test(host)) return "paper";
  if (/(^|\.)(kaggle\.com|zenodo\.org)$/.test(host)) return "dataset";
  if (host.endsWith("github.io") || host.endsWith("gitlab.io") || host.endsWith("pages.dev")) return "project";
  return "other";
}

/** Every distinct http(s) URL in the text, in order of appearance. */
export function extractLinks(text: string): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const match of text.matchAll(URL_RE)) {
    // A Markdown link "[https://a.io](https://a.io)" holds the URL twice.
    const candidate = trimUrl(match[0].split("](")[0]!);
    // A bidi control makes the URL display in another order than it reads: never a link.
    if (hasBidi(candidate)) continue;
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      continue;
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname.includes(".")) continue;
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    links.push({ url: candidate, kind: classifyLink(url) });
  }
  return links;
}
