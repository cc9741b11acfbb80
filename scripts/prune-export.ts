// node --import tsx scripts/prune-export.ts [outDir]   (run by `npm run build` after `next build`)
// First turns every page into plain HTML with islands (scripts/static-pages.ts). Then removes from
// the export the files no browser or crawler ever requests:
//   - the React Server Component payloads of every page (index.txt, __next.*.txt): the router
//     fetches them only for client-side navigation and prefetching, and every internal link is a
//     plain <a> (components/site-link.tsx), so each page loads as HTML;
//   - the copies of the 404 page at /_not-found/ and /404/ (hosts serve 404.html);
//   - the Pages Router manifests in _next/static/<build id>/, which no chunk of an App Router
//     site loads;
//   - Next's JavaScript chunks, which no page loads once the pages are static;
//   - the media files nothing refers to (the WOFF and TrueType font copies, the icon's copy).
// tests/e2e/requests.spec.ts records every request a reader's browser makes and finds none of
// these asked for. Files that come from public/ are never removed.
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { staticPages, unreferencedChunks } from "./static-pages";

const PAYLOAD = /^(index|__next\..*)\.txt$/;
const NOT_FOUND_COPIES = ["_not-found", "404"];
const BUILD_MANIFESTS = /^_(buildManifest|ssgManifest|clientMiddlewareManifest)\.js$/;

export type PruneReport = { files: number; bytes: number };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/**
 * The files of `outDir` that pruneExport removes, relative to it, sorted. With `nextPages` (the
 * pages that still load Next's scripts: none once scripts/static-pages.ts has run), also Next's
 * JavaScript chunks that none of them loads; and the `unused` files static-pages found (media).
 */
export function unrequestedFiles(outDir: string, publicDir: string, nextPages?: string[], unused: string[] = []): string[] {
  const root = path.resolve(outDir);
  const chunks = nextPages ? unreferencedChunks(root, nextPages) : [];
  return [...chunks, ...unused, ...walk(root)
    .map((file) => path.relative(root, file).split(path.sep).join("/"))
    .filter((rel) => {
      if (existsSync(path.join(publicDir, rel))) return false;
      const parts = rel.split("/");
      const name = parts.at(-1)!;
      if (parts.length > 1 && NOT_FOUND_COPIES.includes(parts[0]!)) return true;
      if (rel.startsWith("_next/")) {
        // _next/static/<build id>/_buildManifest.js and friends; chunks and media stay.
        return parts.length === 4 && parts[2] !== "chunks" && parts[2] !== "media" && BUILD_MANIFESTS.test(name);
      }
      return PAYLOAD.test(name);
    })]
    .sort();
}

/** Removes unrequestedFiles(outDir) and the folders they leave empty. */
export function pruneExport(outDir: string, publicDir: string, nextPages?: string[], unused: string[] = []): PruneReport {
  const root = path.resolve(outDir);
  let bytes = 0;
  const files = unrequestedFiles(root, publicDir, nextPages, unused);
  const dirs = new Set<string>();
  for (const rel of files) {
    const file = path.join(root, rel);
    bytes += statSync(file).size;
    rmSync(file);
    dirs.add(path.dirname(file));
  }
  // Deepest first, so a folder emptied by removing its last subfolder goes too.
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    for (let d = dir; d.startsWith(`${root}${path.sep}`) && existsSync(d) && readdirSync(d).length === 0; d = path.dirname(d)) rmSync(d, { recursive: true });
  }
  return { files: files.length, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const ROOT = path.join(import.meta.dirname, "..");
  const outDir = path.resolve(process.argv[2] ?? process.env.PAPER_ATLAS_OUT_DIR ?? "out");
  const started = performance.now();
  const made = await staticPages(outDir);
  console.log(
    `static-pages: ${made.pages} pages served as HTML with islands (${(made.saved / 1048576).toFixed(1)} MB of Next scripts and payloads removed; islands ${(made.islandBytes / 1024).toFixed(1)} kB)`,
  );
  // No page loads Next's scripts any more, so none of its chunks is requested.
  const report = pruneExport(outDir, path.join(ROOT, "public"), [], made.unusedMedia);
  console.log(
    `prune-export: removed ${report.files} files nobody requests (${(report.bytes / 1048576).toFixed(1)} MB of RSC payloads, unused chunks and media, and 404 copies) from ${path.relative(process.cwd(), outDir) || "."}/ (${(performance.now() - started).toFixed(0)} ms)`,
  );
}
