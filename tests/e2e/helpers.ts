// Shared by the browser tests: which pages to visit, picked from the real catalog so the tests
// follow the content as it grows, and the fixture catalog's fixed ids.
import { catalogView } from "@/lib/catalog-view";
import { paperPath, sourcePath, sourcesPath, topicPath, topicsPath } from "@/lib/routes";

export const FIXTURE_BASE = "/atlas";
export const FIXTURE_SITE_URL = `http://127.0.0.1:${Number(process.env.FIXTURE_PORT) || 4174}`;

export function catalog() {
  return catalogView();
}

/** One page of every kind on the real site. */
export function samplePages() {
  const c = catalog();
  const biggest = [...c.topics].sort((a, b) => b.count - a.count)[0]!;
  const withMath = c.papers.find((p) => /\$[^$\s][^$]*\$|\\\(/.test(p.abstract)) ?? c.papers[0]!;
  const inferred = c.papers.find((p) => p.titleInferred) ?? c.papers[0]!;
  const withLinks = c.papers.find((p) => p.links.length > 0) ?? c.papers[0]!;
  const longSource = [...c.sources].sort((a, b) => b.pages - a.pages)[0]!;
  return {
    home: "/",
    topics: topicsPath(),
    topic: topicPath(biggest.id),
    topicSorted: topicPath(biggest.id, "upvotes"),
    paperWithMath: paperPath(withMath.id),
    paperInferred: paperPath(inferred.id),
    paperWithLinks: paperPath(withLinks.id),
    sources: sourcesPath(),
    source: sourcePath(longSource.slug, longSource.pages),
    search: "/search/",
  };
}

/** The fixture catalog (tests/fixtures/hostile + 60 generated widget papers), under /atlas. */
export const HOSTILE_PAPERS = {
  script: "script-window-pwned-title-script-script-scripted-title-attack",
  img: "img-src-x-onerror-window-pwned-title-img-image-error-handler-attack",
  url: "javascript-window-pwned-title-url-protocol-confusion-attack",
  close: "closing-script-script-window-pwned-title-close-script-inside-a-title-attack",
  latex: "latex-tricks-with-href-and-rule-in-an-attack",
  attr: "svg-onload-window-pwned-attr-attribute-breakout",
  bidi: "bidi-spoofing-attack-with-a-reversed-gnp-exe-name",
};

export const at = (path: string) => `${FIXTURE_BASE}${path}`;

/** The papers listed on a topic page (not the breadcrumb list). */
export const paperItems = (page: import("@playwright/test").Page) => page.locator('section[aria-labelledby="papers"] > ol > li');
