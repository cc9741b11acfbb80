import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ISLANDS } from "../components/islands";
import { ENTRIES, mediaRefs, staticHtml, unreferencedChunks, woff2Only, type EntryUrls } from "../scripts/static-pages";

const URLS: Record<string, EntryUrls> = {
  page: { script: "/base/_islands/page-X.js", imports: ["/base/_islands/chunk-R.js"] },
  search: { script: "/base/_islands/search-Y.js", imports: ["/base/_islands/chunk-R.js", "/base/_islands/chunk-S.js"] },
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const page = (body: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>` +
  `<script src="/_next/static/chunks/m.js" async=""></script><title>T</title><script src="/_next/static/chunks/p.js" noModule=""></script></head>` +
  `<body>${body}<script id="_R_">(globalThis.TURBOPACK||[]).push({"otherChunks":["static/chunks/w.js"]});</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{\\"c\\":\\"\\u003c/b\\u003e\\"}"])</script></body></html>`;

describe("staticHtml", () => {
  it("removes Next's scripts, script preloads and payload, keeps JSON-LD, styles and content, and loads the islands", () => {
    const ld = `<script type="application/ld+json">{"name":"x \\u003c/script\\u003e"}</script>`;
    const html = staticHtml(page(`<main>${ld}<div data-island="CopyLink" data-props="{&quot;url&quot;:&quot;u&quot;}" class="contents"><button>Copy link</button></div></main>`), URLS);
    expect(html).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).toContain(ld);
    expect(html).toContain(`<link rel="stylesheet" href="/_next/static/chunks/a.css"/>`);
    expect(html).toContain(`<button>Copy link</button>`);
    expect(html).toContain(`<link rel="modulepreload" href="/base/_islands/chunk-R.js"/><script type="module" src="/base/_islands/page-X.js"></script></head>`);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it("adds no script to a page without islands", () => {
    const html = staticHtml(page("<main><p>Moved</p></main>"), URLS);
    expect(html).not.toContain("<script");
    expect(html).toContain("<main><p>Moved</p></main>");
  });

  it("drops the twitter:title and twitter:description that copy the OpenGraph tags, and keeps any that say something else", () => {
    const og = `<meta property="og:title" content="A &amp; B"/><meta property="og:description" content="About A."/><meta name="twitter:card" content="summary"/>`;
    const html = staticHtml(page(`<main>${og}<meta name="twitter:title" content="A &amp; B"/><meta name="twitter:description" content="Something else."/></main>`), URLS);
    expect(html).toContain(og);
    expect(html).not.toContain(`name="twitter:title"`);
    expect(html).toContain(`<meta name="twitter:description" content="Something else."/>`);
  });

  it("is idempotent: a page already made static comes out the same", () => {
    const once = staticHtml(page(`<div data-island="SearchBox" class="contents"><form></form></div>`), URLS);
    expect(staticHtml(once, URLS)).toBe(once);
  });

  it("loads the entry that hydrates every island of the page, and refuses a page no entry covers", () => {
    const search = staticHtml(page(`<div data-island="SearchBox"></div><div data-island="SearchPage" data-props="{}"></div>`), URLS);
    expect(search).toContain(`<link rel="modulepreload" href="/base/_islands/chunk-R.js"/><link rel="modulepreload" href="/base/_islands/chunk-S.js"/><script type="module" src="/base/_islands/search-Y.js"></script></head>`);
    expect(search).not.toContain("page-X.js");
    expect(() => staticHtml(page(`<div data-island="SearchPage"></div><div data-island="CopyLink"></div>`), URLS)).toThrow(/no island entry hydrates all of SearchPage, CopyLink/);
  });
});

describe("unreferencedChunks", () => {
  it("keeps the chunks a remaining Next page loads, directly or through another chunk, and lists the rest", () => {
    const out = mkdtempSync(path.join(tmpdir(), "atlas-static-"));
    dirs.push(out);
    const chunks = path.join(out, "_next/static/chunks");
    mkdirSync(chunks, { recursive: true });
    mkdirSync(path.join(out, "search"));
    writeFileSync(path.join(out, "search/index.html"), `<script src="/_next/static/chunks/main-1.js"></script><script>push({"otherChunks":["static/chunks/rt~2.js"]})</script>`);
    writeFileSync(path.join(chunks, "main-1.js"), `load("static/chunks/lazy_3.js")`);
    writeFileSync(path.join(chunks, "rt~2.js"), "");
    writeFileSync(path.join(chunks, "lazy_3.js"), `x("static/chunks/main-1.js")`);
    writeFileSync(path.join(chunks, "paper-4.js"), "");
    writeFileSync(path.join(chunks, "style.css"), "");
    expect(unreferencedChunks(out, ["search/index.html"])).toEqual(["_next/static/chunks/paper-4.js"]);
    expect(readdirSync(chunks)).toHaveLength(5);
  });
});

describe("woff2Only and mediaRefs", () => {
  it("keeps only the WOFF2 source of a font that has one, and leaves other rules alone", () => {
    const css =
      `@font-face{font-family:A;src:url(../media/A.1.woff2)format("woff2"),url(../media/A.2.woff)format("woff"),url(../media/A.3.ttf)format("truetype")}` +
      `@font-face{font-family:B;src:url(../media/B.1.woff)format("woff"),url(../media/B.2.ttf)format("truetype")}` +
      `.x{background:url(../media/bg.png)}`;
    const out = woff2Only(css);
    expect(out).toContain(`src:url(../media/A.1.woff2)format("woff2")}`);
    expect(out).not.toContain("A.2.woff");
    expect(out).not.toContain("A.3.ttf");
    expect(out).toContain(`src:url(../media/B.1.woff)format("woff"),url(../media/B.2.ttf)format("truetype")}`);
    expect(mediaRefs(out).sort()).toEqual(["A.1.woff2", "B.1.woff", "B.2.ttf", "bg.png"]);
  });

  it("finds media an HTML page or a script refers to by its absolute path", () => {
    expect(mediaRefs(`<img src="/atlas/_next/static/media/pic.9x.png"/><link href="/_next/static/media/f.woff2?v=1">`)).toEqual(["pic.9x.png", "f.woff2"]);
  });
});

describe("ENTRIES", () => {
  it("names, for each entry, exactly the islands its file hydrates, and together they cover every island", () => {
    for (const entry of ENTRIES) {
      const source = readFileSync(path.join(__dirname, "..", entry.file), "utf8");
      const hydrated = /hydrateIslands\(\{([^}]*)\}\)/.exec(source)?.[1]?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
      expect(hydrated.sort(), entry.file).toEqual([...entry.islands].sort());
    }
    expect(new Set(ENTRIES.flatMap((e) => e.islands))).toEqual(new Set(Object.keys(ISLANDS)));
  });
});
