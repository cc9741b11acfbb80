import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pruneExport, unrequestedFiles } from "../scripts/prune-export";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-prune-"));
  dirs.push(root);
  for (const name of files) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), "x");
  }
  return root;
}

describe("pruneExport", () => {
  const exported = [
    "index.html",
    "index.txt",
    "__next._full.txt",
    "__next.__PAGE__.txt",
    "404.html",
    "404/index.html",
    "_not-found/index.html",
    "_not-found/__next._tree.txt",
    "papers/x/index.html",
    "papers/x/index.txt",
    "papers/x/__next.papers.$d$id.__PAGE__.txt",
    "robots.txt",
    "notes/readme.txt",
    "_next/static/chunks/a.js",
    "_next/static/media/f.woff2",
    "_next/static/build-1/_buildManifest.js",
    "_next/static/build-1/_ssgManifest.js",
    "search-index/meta.json",
  ];

  it("removes RSC payloads, 404 copies and Pages Router manifests, and keeps pages, assets and public files", () => {
    const out = tree(exported);
    const pub = tree(["notes/readme.txt", "index.txt"]);
    expect(unrequestedFiles(out, pub)).toEqual([
      "404/index.html",
      "__next.__PAGE__.txt",
      "__next._full.txt",
      "_next/static/build-1/_buildManifest.js",
      "_next/static/build-1/_ssgManifest.js",
      "_not-found/__next._tree.txt",
      "_not-found/index.html",
      "papers/x/__next.papers.$d$id.__PAGE__.txt",
      "papers/x/index.txt",
    ]);
    expect(pruneExport(out, pub).files).toBe(9);
    for (const kept of ["index.html", "index.txt", "404.html", "papers/x/index.html", "robots.txt", "notes/readme.txt", "_next/static/chunks/a.js", "search-index/meta.json"]) {
      expect(existsSync(path.join(out, kept)), kept).toBe(true);
    }
    for (const gone of ["404", "_not-found", "_next/static/build-1", "papers/x/index.txt"]) expect(existsSync(path.join(out, gone)), gone).toBe(false);
    expect(unrequestedFiles(out, pub)).toEqual([]);
  });
});
