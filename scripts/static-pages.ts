// Serves every page as plain HTML with a few islands. Run by scripts/prune-export.ts after
// `next build`.
//
// A Next page carries its whole content twice: as HTML, and again as the React Server Component
// payload inlined for hydration, and it loads about 140 kB (gzip) of framework JavaScript. This
// catalog needs neither: every link is a plain <a>, and only a few components react to the reader
// (the header search box, "Copy link", the citation copy buttons, the search page's form and
// results: components/islands.tsx). So this step
//   - removes Next's scripts, its script preloads and the inlined payload from every page
//     (JSON-LD stays),
//   - bundles the islands with esbuild into out/_islands/: one entry for the search page, one for
//     every other page, sharing React; the search engine still loads on first use,
//   - and loads the page's entry instead, with its shared chunks preloaded;
//   - drops the twitter:title and twitter:description tags Next copies from the OpenGraph ones
//     (X reads og:title and og:description when its own are absent);
//   - keeps only the WOFF2 source of each web font in the stylesheets (every browser that runs the
//     islands reads WOFF2 and never asks for the WOFF and TrueType copies KaTeX also lists).
// Next's chunks, which no page loads any more, and the media files that nothing refers to (those
// font copies, the copy of the icon the pages link at /icon.svg) are removed afterwards
// (scripts/prune-export.ts).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { IslandName } from "../components/islands";
import { normalizeBasePath } from "../lib/site";

const ROOT = path.join(import.meta.dirname, "..");
/** Where the island bundle goes, under out/. */
export const ISLANDS_DIR = "_islands";

/** The entries, each with the islands it hydrates; a page loads the first that has all of its own. */
export const ENTRIES: { name: string; file: string; islands: IslandName[] }[] = [
  { name: "page", file: "components/island-entry.tsx", islands: ["SearchBox", "CopyLink", "CopyButton"] },
  { name: "search", file: "components/island-entry-search.tsx", islands: ["SearchBox", "SearchPage"] },
];

/** An entry's URL and the URLs of the chunks it imports (preloaded with it). */
export type EntryUrls = { script: string; imports: string[] };

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>|<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*>/g;

/** A twitter:title or twitter:description tag, which is a copy when the og: tag says the same. */
const TWITTER_COPY = /<meta name="twitter:(title|description)" content="([^"]*)"\/>/g;

/** The islands a page has, by name, in order of first appearance. */
export function islandsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/\bdata-island="([^"]+)"/g)].map((m) => m[1]!))];
}

/**
 * A Next page's HTML without Next's scripts, script preloads and inlined payload, loading instead
 * the entry of `entries` that hydrates all of its islands (none when it has none). JSON-LD
 * (`type="application/ld+json"`) stays.
 */
export function staticHtml(html: string, entries: Record<string, EntryUrls>): string {
  let out = html.replace(SCRIPT, (whole, attrs: string) => (/\btype="application\/ld\+json"/.test(attrs) ? whole : "")).replace(SCRIPT_PRELOAD, "");
  out = out.replace(TWITTER_COPY, (whole, field: string, content: string) => (out.includes(`<meta property="og:${field}" content="${content}"/>`) ? "" : whole));
  const islands = islandsOf(out);
  if (islands.length === 0) return out;
  const entry = ENTRIES.find((e) => islands.every((i) => (e.islands as string[]).includes(i)));
  if (entry === undefined || entries[entry.name] === undefined) throw new Error(`static-pages: no island entry hydrates all of ${islands.join(", ")}: add one to ENTRIES`);
  const { script, imports } = entries[entry.name]!;
  const tags = [...imports.map((u) => `<link rel="modulepreload" href="${u}"/>`), `<script type="module" src="${script}"></script>`].join("");
  return out.replace("</head>", `${tags}</head>`);
}

/**
 * A stylesheet whose @font-face rules list only their WOFF2 source where they have one: the other
 * formats are fallbacks no browser that supports WOFF2 requests.
 */
export function woff2Only(css: string): string {
  return css.replace(/\bsrc:([^;}]*)/g, (whole, list: string) => {
    const sources = list.split(",");
    if (!sources.some((s) => /format\(["']woff2["']\)/.test(s))) return whole;
    return `src:${sources.filter((s) => !/\burl\(/.test(s) || /format\(["']woff2["']\)/.test(s)).join(",")}`;
  });
}

const MEDIA_REF = /_next\/static\/media\/([^"')\s?#]+)|\.\.\/media\/([^"')\s?#]+)/g;

/** Names of files in _next/static/media/ that `text` (HTML, CSS or JavaScript) refers to. */
export function mediaRefs(text: string): string[] {
  return [...text.matchAll(MEDIA_REF)].map((m) => (m[1] ?? m[2])!);
}

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "_next" || e.name === ISLANDS_DIR ? [] : htmlFiles(p, root);
    return e.name.endsWith(".html") ? [path.relative(root, p).split(path.sep).join("/")] : [];
  });
}

/** Bundles the island entries into out/_islands/ and returns their URLs (under the base path). */
export async function bundleIslands(outDir: string, env: Record<string, string | undefined> = process.env): Promise<{ entries: Record<string, EntryUrls>; bytes: number }> {
  const dir = path.join(outDir, ISLANDS_DIR);
  rmSync(dir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(ENTRIES.map((e) => [e.name, path.join(ROOT, e.file)])),
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    minify: true,
    jsx: "automatic",
    legalComments: "none",
    outdir: dir,
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    metafile: true,
    logLevel: "warning",
    // What Next inlines in its own client bundles (lib/site.ts reads these by name).
    define: {
      "process.env.NODE_ENV": JSON.stringify("production"),
      "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(env.NEXT_PUBLIC_BASE_PATH ?? ""),
      "process.env.NEXT_PUBLIC_SITE_URL": JSON.stringify(env.NEXT_PUBLIC_SITE_URL ?? ""),
    },
  });
  const base = normalizeBasePath(env.NEXT_PUBLIC_BASE_PATH);
  const urlOf = (output: string) => `${base}/${path.relative(outDir, path.resolve(ROOT, output)).split(path.sep).join("/")}`;
  const outputs = result.metafile.outputs;
  const entries: Record<string, EntryUrls> = {};
  for (const [output, o] of Object.entries(outputs)) {
    const entry = ENTRIES.find((e) => o.entryPoint !== undefined && path.resolve(ROOT, o.entryPoint) === path.join(ROOT, e.file));
    if (entry === undefined) continue;
    // Static imports, followed through the chunks they import in turn.
    const imports = new Set<string>();
    const queue = [output];
    while (queue.length > 0) {
      for (const i of outputs[queue.pop()!]!.imports) {
        if (i.kind !== "import-statement" || imports.has(i.path)) continue;
        imports.add(i.path);
        queue.push(i.path);
      }
    }
    entries[entry.name] = { script: urlOf(output), imports: [...imports].map(urlOf) };
  }
  return { entries, bytes: Object.values(outputs).reduce((n, o) => n + o.bytes, 0) };
}

/**
 * Rewrites every page of `outDir` as a static page and its stylesheets with WOFF2 fonts only;
 * returns how many pages, the bytes saved, and the media files (relative to `outDir`) that no page,
 * stylesheet or island refers to.
 */
export async function staticPages(outDir: string, env: Record<string, string | undefined> = process.env): Promise<{ pages: number; saved: number; islandBytes: number; unusedMedia: string[] }> {
  const files = htmlFiles(outDir);
  // The islands fetch the search index under the base path they are bundled with: it must be the
  // one the pages were built with.
  const basePath = normalizeBasePath(env.NEXT_PUBLIC_BASE_PATH);
  const sample = files.includes("index.html") ? readFileSync(path.join(outDir, "index.html"), "utf8") : "";
  const built = /\b(?:href|src)="([^"]*)\/_next\/static\//.exec(sample)?.[1];
  if (built !== undefined && built !== basePath) {
    throw new Error(`static-pages: the pages were built for the base path "${built}" but NEXT_PUBLIC_BASE_PATH is "${basePath}": run this step with the environment of next build`);
  }
  const { entries, bytes } = await bundleIslands(outDir, env);
  let pages = 0;
  let saved = 0;
  const used = new Set<string>();
  for (const rel of files) {
    const file = path.join(outDir, rel);
    const before = readFileSync(file, "utf8");
    const after = staticHtml(before, entries);
    for (const name of mediaRefs(after)) used.add(name);
    if (after === before) continue;
    writeFileSync(file, after);
    pages++;
    saved += Buffer.byteLength(before) - Buffer.byteLength(after);
  }
  const chunks = path.join(outDir, "_next", "static", "chunks");
  for (const name of existsSync(chunks) ? readdirSync(chunks).filter((n) => n.endsWith(".css")) : []) {
    const file = path.join(chunks, name);
    const before = readFileSync(file, "utf8");
    const after = woff2Only(before);
    for (const ref of mediaRefs(after)) used.add(ref);
    if (after !== before) writeFileSync(file, after);
  }
  const islands = path.join(outDir, ISLANDS_DIR);
  for (const name of readdirSync(islands)) for (const ref of mediaRefs(readFileSync(path.join(islands, name), "utf8"))) used.add(ref);
  const media = path.join(outDir, "_next", "static", "media");
  const unusedMedia = existsSync(media) ? readdirSync(media).filter((n) => !used.has(n)).map((n) => `_next/static/media/${n}`).sort() : [];
  return { pages, saved, islandBytes: bytes, unusedMedia };
}

const CHUNK_REF = /static\/chunks\/([A-Za-z0-9_~.-]+\.js)\b/g;

/**
 * Next's JavaScript chunks (relative to `outDir`) that none of the `pages` loads, directly or
 * through another chunk. With every page static, `pages` is empty and every chunk goes; a page
 * that kept Next's scripts would keep the chunks it needs.
 */
export function unreferencedChunks(outDir: string, pages: string[]): string[] {
  const chunks = path.join(outDir, "_next", "static", "chunks");
  let all: string[];
  try {
    all = readdirSync(chunks).filter((n) => n.endsWith(".js"));
  } catch {
    return [];
  }
  const reached = new Set<string>();
  const queue = pages.map((p) => path.join(outDir, p));
  while (queue.length > 0) {
    const file = queue.pop()!;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(CHUNK_REF)) {
      if (reached.has(m[1]!)) continue;
      reached.add(m[1]!);
      queue.push(path.join(chunks, m[1]!));
    }
  }
  return all.filter((n) => !reached.has(n)).map((n) => `_next/static/chunks/${n}`).sort();
}
