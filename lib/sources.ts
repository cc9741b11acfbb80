// Which files in content/sources/ are listings, read and parsed: the ingest's first step.
//
// Only regular .txt files directly in the folder are listings. Hidden files and editor backups
// ("x.txt~", "x.bak", "#x#", ".x.swp") are skipped with a one-line notice; a folder is reported
// and not read; a symbolic link is refused (it can point outside the repository, and a catalog
// publishes what its own files say). Any problem is a ContentError of "file: what is wrong" lines.
import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { sourceSlug } from "./catalog-view";
import { ContentError, JOURNAL } from "./content";
import { CommitError } from "./content-write";
import { decodeListing, formatProblem, ListingError, parseListing, type ParsedListing } from "./listing-parser";
import { describeFsError, problemReport } from "./terminal";
import { BIDI } from "./text-hygiene";

/** Editor and office backups, autosaves and lock files: "x.txt~", "x.bak", "#x.txt#", "~$x.txt". */
const BACKUP = /(~|\.bak|\.orig|\.swp|\.swo|\.tmp)$|^#.*#$|^~\$/i;
/** Characters no listing name may hold: they would forge lines, or reverse the name where it is shown. */
const UNSHOWABLE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f]|${BIDI.source}`);

export type SourcesRead = { listings: ParsedListing[]; notices: string[] };

const shown = (name: string) => `content/sources/${name}`;

/** Why the ingest passes over a file of this name, whatever it holds: hidden, a backup, not .txt; null if it reads it. */
export function skippedName(name: string): "hidden file" | "editor backup" | "not a .txt file" | null {
  if (name.startsWith(".")) return "hidden file";
  if (BACKUP.test(name)) return "editor backup";
  if (!name.toLowerCase().endsWith(".txt")) return "not a .txt file";
  return null;
}

/** Why a symbolic link is not followed, with what it points at when that is broken. */
function symlinkProblem(dir: string, name: string): string {
  let target = "";
  try {
    statSync(path.join(dir, name));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    target = code === "ENOENT" ? " to a file that does not exist" : code === "ELOOP" ? " that loops back on itself" : "";
  }
  return `${shown(name)}: is a symbolic link${target}; only regular .txt files are listings (copy the file in instead)`;
}

/** The listing files of the folder, by name, and notices about everything else in it. */
export function listingFiles(dir: string): { names: string[]; notices: string[]; problems: string[] } {
  const names: string[] = [];
  const notices: string[] = [];
  const problems: string[] = [];
  let entries: Dirent[];
  try {
    const stat = lstatSync(dir);
    if (stat.isSymbolicLink()) return { names, notices, problems: ["content/sources/: is a symbolic link; it must be a folder of its own"] };
    if (!stat.isDirectory()) return { names, notices, problems: ["content/sources/: is not a folder"] };
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { names, notices, problems: ["content/sources/: does not exist"] };
    throw e;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = e.name;
    const skipped = skippedName(name);
    if (skipped === "hidden file" || skipped === "editor backup") notices.push(`${shown(name)}: ${skipped}, ignored`);
    else if (e.isSymbolicLink()) problems.push(symlinkProblem(dir, name));
    else if (e.isDirectory()) notices.push(`${shown(name)}/: a folder; listings in folders are not read (move them into content/sources/)`);
    else if (!e.isFile()) problems.push(`${shown(name)}: is not a regular file; only regular .txt files are listings`);
    else if (skipped !== null) notices.push(`${shown(name)}: ${skipped}, ignored`);
    else if (UNSHOWABLE.test(name)) problems.push(`${shown(name)}: the file name holds control characters; rename the file`);
    else names.push(name);
  }
  // Two names that map to one URL would make two pages at one path.
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = sourceSlug(name);
    const other = bySlug.get(slug);
    if (other !== undefined) problems.push(`${shown(name)}: has the same URL /sources/${slug}/ as ${shown(other)}; rename one of them`);
    else bySlug.set(slug, name);
  }
  if (names.length === 0 && problems.length === 0) problems.push("content/sources/: holds no listing files (.txt)");
  return { names, notices, problems };
}

/** Every listing in content/sources/, parsed; a ContentError names every problem in every file. */
export function readSources(dir: string): SourcesRead {
  const { names, notices, problems } = listingFiles(dir);
  const listings: ParsedListing[] = [];
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(dir, name));
    } catch (e) {
      const described = describeFsError(e, () => shown(name));
      if (described === null) throw e;
      problems.push(described);
      continue;
    }
    try {
      const listing = parseListing(decodeListing(bytes, name), name);
      listings.push(listing);
      notices.push(...(listing.warnings ?? []).map(formatProblem));
    } catch (e) {
      if (!(e instanceof ListingError)) throw e;
      problems.push(...e.problems.map(formatProblem));
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { listings, notices };
}

/** What the ingest prints when it stops: every problem as a plain line (at most 50), never a stack. */
export function stopMessage(e: unknown): string {
  if (e instanceof CommitError) {
    const why = describeFsError(e.cause, (f) => path.relative(process.cwd(), f) || f) ?? e.message;
    return `ingest stopped after the new catalog was written: content/ reads it (${JOURNAL} says where), but not every file could be moved into place:\n  ${why}\nFix that, then run npm run ingest again to finish.`;
  }
  let lines: string[];
  if (e instanceof ListingError) lines = e.problems.map(formatProblem);
  else if (e instanceof ContentError) lines = e.problems;
  else lines = [describeFsError(e, (f) => path.relative(process.cwd(), f) || f) ?? `unexpected error: ${e instanceof Error ? e.message : String(e)}`];
  return `ingest stopped: ${lines.length} problem${lines.length === 1 ? "" : "s"}; content/ is unchanged\n${problemReport(lines).join("\n")}`;
}
