// Which files of content/sources/ are listings (lib/sources.ts), on real folders, in process.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listingFiles } from "@/lib/sources";

const dirs: string[] = [];
function folder(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-sources-"));
  dirs.push(dir);
  for (const f of files) writeFileSync(path.join(dir, f), "x");
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the listing files of content/sources/", () => {
  it("are the regular .txt files, in name order; backups, lock files and other files are noticed", () => {
    const dir = folder(["b.txt", "a.TXT", "~$a.txt", "a.txt.orig", "notes.md", "x.tmp"]);
    expect(listingFiles(dir)).toEqual({
      names: ["a.TXT", "b.txt"],
      notices: [
        "content/sources/a.txt.orig: editor backup, ignored",
        "content/sources/notes.md: not a .txt file, ignored",
        "content/sources/x.tmp: editor backup, ignored",
        "content/sources/~$a.txt: editor backup, ignored",
      ],
      problems: [],
    });
  });

  it("refuses a named pipe, which is not a regular file", () => {
    const dir = folder(["a.txt"]);
    spawnSync("mkfifo", [path.join(dir, "pipe.txt")]);
    expect(listingFiles(dir).problems).toEqual(["content/sources/pipe.txt: is not a regular file; only regular .txt files are listings"]);
  });

  it("refuses a content/sources/ that is a symbolic link, a file, or missing, and one with no listing", () => {
    const real = folder(["a.txt"]);
    const parent = folder([]);
    symlinkSync(real, path.join(parent, "linked"));
    expect(listingFiles(path.join(parent, "linked")).problems).toEqual(["content/sources/: is a symbolic link; it must be a folder of its own"]);
    expect(listingFiles(path.join(real, "a.txt")).problems).toEqual(["content/sources/: is not a folder"]);
    expect(listingFiles(path.join(parent, "missing")).problems).toEqual(["content/sources/: does not exist"]);
    mkdirSync(path.join(parent, "empty"));
    expect(listingFiles(path.join(parent, "empty")).problems).toEqual(["content/sources/: holds no listing files (.txt)"]);
  });

  it("refuses every name that shares a URL with another, naming both", () => {
    const dir = folder(["x y.txt", "x-y.txt", "X_Y.txt", "x_y.txt", "x--y.txt"]);
    // "x--y" keeps its dashes: a URL of its own.
    expect(listingFiles(dir).problems).toEqual([
      "content/sources/x-y.txt: has the same URL /sources/x-y/ as content/sources/x y.txt; rename one of them",
      "content/sources/x_y.txt: has the same URL /sources/x_y/ as content/sources/X_Y.txt; rename one of them",
    ]);
  });
});
