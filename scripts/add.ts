// npm run add -- [--dry-run] <listing.txt> [more listings]
// Adds listing files to content/sources/ and runs the ingest, then reports what changed: new papers
// with their permalinks, merges with what differed, inferred titles, topic counts, unsorted papers
// with suggested topics, and warnings. The ingest runs first on a copy of content/ with the new
// listings in it; only when that succeeds are the files copied in and the real ingest run, so bad
// input leaves content/ (content/sources/ included) exactly as it was. --dry-run stops after the copy.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sourceSlug } from "../lib/catalog-view";
import { ContentError, contentPaths, contentRoot, hasLedger, readLedger, readListings, readPapers, readPublished, readTopics } from "../lib/content";
import { HOLDER_ENV, lockContent } from "../lib/content-lock";
import { describeFsError } from "../lib/terminal";
import { renamedEnd } from "../lib/renamed";
import { sourcePath } from "../lib/routes";
import type { PublishedEntry } from "../lib/schema";
import { decodeListing, ListingError, splitLines } from "../lib/listing-parser";
import { skippedName } from "../lib/sources";
import { formerIds } from "../lib/topics";
import { addReport, formatReport, type CatalogState } from "./add-report";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export class AddError extends Error {}

type Input = { from: string; name: string; bytes: Buffer };

/** The same listing whatever its line ends, BOM or trailing blanks: what "the same content" means. */
function sameness(bytes: Buffer): string {
  let text: string;
  try {
    text = decodeListing(bytes, "");
  } catch (e) {
    if (e instanceof ListingError) return `bytes:${createHash("sha256").update(bytes).digest("hex")}`;
    throw e;
  }
  return `text:${createHash("sha256").update(splitLines(text).join("\n").trim()).digest("hex")}`;
}

/** Every reason to refuse the inputs before anything runs: missing files, taken names, known content. */
export function checkInputs(paths: string[], sourcesDir: string, published: PublishedEntry[] = []): Input[] {
  const problems: string[] = [];
  const existing = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((n) => !n.startsWith(".") && statSync(path.join(sourcesDir, n)).isFile()) : [];
  const byContent = new Map(existing.map((n) => [sameness(readFileSync(path.join(sourcesDir, n))), `content/sources/${n}`]));
  const bySlug = new Map(existing.map((n) => [sourceSlug(n), `content/sources/${n}`]));
  const names = new Set(existing);
  const publishedByPath = new Map(published.map((e) => [e.path, e]));
  const inputs: Input[] = [];
  for (const from of paths) {
    const name = path.basename(from);
    let bytes: Buffer;
    try {
      if (!statSync(from).isFile()) throw new Error("not a file");
      bytes = readFileSync(from);
    } catch (e) {
      problems.push(`${from}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const skipped = skippedName(name);
    if (skipped !== null) {
      problems.push(`${from}: the ingest would not read it (${skipped}); save the listing under a plain name ending in .txt`);
      continue;
    }
    if (names.has(name)) {
      // The same file under the same name: an add stopped after copying it, most likely.
      const same = byContent.get(sameness(bytes)) === `content/sources/${name}`;
      problems.push(
        same
          ? `${from}: content/sources/${name} is already there, with this content (an add that was stopped before its ingest?): run npm run ingest to bring content/ up to date with it`
          : `${from}: the name is taken: content/sources/${name} already exists (rename the file to add it)`,
      );
      continue;
    }
    const slug = sourceSlug(name);
    if (bySlug.has(slug)) {
      problems.push(`${from}: its page /sources/${slug}/ would be that of ${bySlug.get(slug)}; rename the file`);
      continue;
    }
    // An address that leads on to a listing that moved keeps leading there: links to it mean that one.
    const movedTo = renamedEnd(slug, sourcePath, publishedByPath);
    if (movedTo !== undefined && bySlug.has(movedTo)) {
      problems.push(`${from}: its page /sources/${slug}/ is the old address of the listing now at /sources/${movedTo}/, and links to it mean that one; rename the file`);
      continue;
    }
    const key = sameness(bytes);
    if (byContent.has(key)) {
      problems.push(`${from}: ${byContent.get(key)} already holds this listing`);
      continue;
    }
    names.add(name);
    bySlug.set(slug, from);
    byContent.set(key, from);
    inputs.push({ from, name, bytes });
  }
  if (problems.length > 0) throw new AddError(problems.join("\n"));
  return inputs;
}

type IngestRun = { code: number; out: string; err: string };

function ingest(root: string, ...args: string[]): IngestRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(REPO, "scripts", "ingest.ts"), ...args], {
    cwd: process.cwd(),
    env: { ...process.env, PAPER_ATLAS_CONTENT: root, [HOLDER_ENV]: String(process.pid) },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}

/** The staging copy's paths in the ingest's messages, shown as the content/ they stand for. */
function asContent(text: string, staging: string, root: string): string {
  const rel = path.relative(process.cwd(), staging);
  const shown = path.relative(process.cwd(), root) || root;
  return text.split(staging).join(shown).split(rel).join(shown);
}

function state(root: string): CatalogState {
  const retired = hasLedger(root) ? readLedger(root).flatMap((e) => (e.status === "live" ? [] : [e.id])) : [];
  return { papers: readPapers(root), listings: readListings(root), retired: new Set(retired) };
}

/**
 * The warnings and notices of a verbose ingest (every warning listed, indented, under a "warnings: N
 * in K kinds" line; notices as "notice: ...") that name one of the added listings, and how many
 * warnings there are about the rest of the catalog.
 */
function splitWarnings(stderr: string, added: string[]): { mine: string[]; others: number } {
  const lines = stderr.split("\n");
  const total = Number(/^warnings: ([\d,]+) in /m.exec(stderr)?.[1]?.replace(/,/g, "") ?? 0);
  const about = (l: string) => added.some((f) => l.startsWith(`content/sources/${f}:`));
  const warnings = lines.filter((l) => l.startsWith("    ")).map((l) => l.trim()).filter(about);
  const notices = lines.filter((l) => l.startsWith("notice: ")).map((l) => l.slice("notice: ".length)).filter(about);
  return { mine: [...warnings, ...notices], others: Math.max(0, total - warnings.length) };
}

/** Write a file beside its final name (hidden, so no ingest reads it half-written), then rename it. */
function place(dir: string, name: string, bytes: Buffer) {
  const tmp = path.join(dir, `.add-${process.pid}-${name}`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, path.join(dir, name));
}

export function runAdd(paths: string[], dryRun: boolean, root = contentRoot()): string {
  const paths_ = contentPaths(root);
  const release = lockContent("add", root);
  const staging = mkdtempSync(path.join(tmpdir(), "atlas-add-"));
  // Stopped with Ctrl-C or a kill that can be caught: no copy of content/ left behind, no lock held.
  const interrupted = () => {
    removeCopy(staging);
    release();
    process.exit(130);
  };
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  try {
    const inputs = checkInputs(paths, paths_.sources, readPublished(root));
    const before = state(root);
    const stagedRoot = path.join(staging, "content");
    try {
      cpSync(root, stagedRoot, { recursive: true });
    } catch (e) {
      throw new AddError(`${describeFsError(e, (f) => f) ?? (e as Error).message}
The trial ingest needs a copy of content/ in ${tmpdir()}; nothing was changed.`);
    }
    for (const i of inputs) writeFileSync(path.join(stagedRoot, "sources", i.name), i.bytes);
    const trial = ingest(stagedRoot, "--verbose");
    if (trial.code !== 0) throw new AddError(asContent(trial.err, stagedRoot, root).trim());
    const added = inputs.map((i) => i.name);
    const warnings = splitWarnings(trial.err, added);
    // A listing that would take the address of one that moved (a rename not yet ingested, say): old links would show it.
    const taking = warnings.mine.filter((w) => / takes the address \/sources\//.test(w));
    if (taking.length > 0) throw new AddError(asContent(taking.join("\n"), stagedRoot, root));
    const topics = readTopics(stagedRoot);
    const report = formatReport(addReport(before, state(stagedRoot), added, formerIds(topics, readPublished(stagedRoot))), topics, warnings);
    if (dryRun) return `${report}\n\nDry run: nothing was changed. Run again without --dry-run to add ${added.length === 1 ? "it" : "them"}.`;

    for (const i of inputs) place(paths_.sources, i.name, i.bytes);
    const real = ingest(root);
    if (real.code !== 0) {
      for (const i of inputs) rmSync(path.join(paths_.sources, i.name), { force: true });
      throw new AddError(`${real.err.trim()}\nThe listings were taken out of content/sources/ again.`);
    }
    return `${report}\n\nAdded ${added.length} listing${added.length === 1 ? "" : "s"} and ran the ingest. Build the site with npm run build.`;
  } finally {
    process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
    removeCopy(staging);
    release();
  }
}

/** Delete the trial's copy of content/; one that cannot be deleted (read-only folders) is not worth an error that hides the real one. */
function removeCopy(staging: string) {
  try {
    rmSync(staging, { recursive: true, force: true });
  } catch {
    // left in the system's temporary folder
  }
}

function main(argv: string[]): number {
  // After "--", every argument is a file, even one named like an option ("--help.txt").
  const end = argv.indexOf("--");
  const [options, files] = end < 0 ? [argv, []] : [argv.slice(0, end), argv.slice(end + 1)];
  const dryRun = options.includes("--dry-run");
  const unknown = options.filter((a) => a.startsWith("--") && a !== "--dry-run");
  const paths = [...options.filter((a) => !a.startsWith("--")), ...files];
  if (unknown.length > 0 || paths.length === 0) {
    console.error(`usage: npm run add -- [--dry-run] [--] <listing.txt> [more listings]${unknown.length > 0 ? `\nunknown option ${unknown.join(" ")}` : ""}`);
    return 2;
  }
  try {
    console.log(runAdd(paths, dryRun));
    return 0;
  } catch (e) {
    if (e instanceof AddError || e instanceof ContentError) {
      console.error(`add stopped; nothing was changed:\n${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
