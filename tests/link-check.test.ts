import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkSite, extractUrls } from "@/lib/link-check";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-links-"));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("extractUrls", () => {
  it("reads href, src, srcset, action and URL-like meta content, but not script bodies", () => {
    const html = `<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x"><form action="/search/">
      <meta property="og:url" content="https://s.io/a/"><meta name="description" content="text /not-a-link">
      <link rel="preconnect" href="/"><script>self.push({"href":"/nope/"})</script>`;
    expect(extractUrls(html)).toEqual(["/a/?x=1&y=2", "/i.png", "/i1.png", "/i2.png", "/search/", "https://s.io/a/"]);
  });
});

describe("checkSite", () => {
  const ok = (body: string) => `<html><body><main id="main">${body}</main></body></html>`;

  it("passes a site whose links, assets, fragments and sitemap resolve under the base path", () => {
    const root = site({
      "index.html": ok(`<a href="/atlas/papers/x/#abstract">x</a><a href="#main">skip</a><link rel="stylesheet" href="/atlas/s.css"><a href="https://elsewhere.org/">e</a>`),
      "papers/x/index.html": ok(`<h2 id="abstract">A</h2><a href="../../">home</a><link rel="canonical" href="https://s.io/atlas/papers/x/">`),
      "s.css": "@font-face{src:url(f.woff2) format('woff2')}",
      "f.woff2": "",
      "sitemap.xml": "<urlset><url><loc>https://s.io/atlas/papers/x/</loc></url></urlset>",
    });
    const report = checkSite({ outDir: root, basePath: "/atlas", siteUrl: "https://s.io" });
    expect(report.broken).toEqual([]);
    expect(report).toMatchObject({ pages: 2, external: 1 });
  });

  it("reports a missing page, a link that forgets the base path, a missing fragment and a javascript: link", () => {
    const root = site({
      "index.html": ok(`<a href="/atlas/missing/">m</a><a href="/papers/x/">no base</a><a href="/atlas/papers/x/#nope">f</a><a href="javascript:alert(1)">j</a>`),
      "papers/x/index.html": ok(""),
    });
    const report = checkSite({ outDir: root, basePath: "/atlas", siteUrl: "https://s.io" });
    expect(report.broken.map((b) => [b.url, b.reason])).toEqual([
      ["/atlas/missing/", "no index.html"],
      ["/papers/x/", 'outside the base path "/atlas"'],
      ["/atlas/papers/x/#nope", 'no element with id "nope"'],
      ["javascript:alert(1)", "scheme javascript: in a link"],
    ]);
  });
});
