// One writer or builder of content/ at a time. The ingest, `npm run add` and `npm run build` hold
// content/.ingest-lock while they read and write content/: two ingests at once would each clean up
// the other's staging folder, and a build that read the catalog before an ingest and the pages after
// it would publish a site whose search does not know half its papers. A lock whose process has
// died (a killed ingest) is taken over. A process started by the holder (the ingest `add` runs, the
// steps of a build) finds its holder's pid in PAPER_ATLAS_LOCK_HOLDER and goes ahead.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError, contentPaths } from "./content";

export const LOCK = ".ingest-lock";
/** Set for the processes a lock holder starts: the holder's pid. */
export const HOLDER_ENV = "PAPER_ATLAS_LOCK_HOLDER";

type Holder = { pid: number; what: string; since: string };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists, it is another user's.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(file: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(file, "utf8")) as Partial<Holder>;
    return typeof h.pid === "number" ? { pid: h.pid, what: String(h.what ?? "an ingest"), since: String(h.since ?? "") } : null;
  } catch {
    return null;
  }
}

/**
 * Take the lock of content/ for `what` ("ingest", "add", "build"), or stop with a ContentError that
 * says who holds it. Returns the release; a process its holder started gets a release that does
 * nothing.
 */
export function lockContent(what: string, root = contentPaths().root): () => void {
  const file = path.join(root, LOCK);
  const inherited = Number(process.env[HOLDER_ENV]);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() })}\n`, { flag: "wx" });
      return () => {
        if (holderOf(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // No content/ folder yet, or one that cannot be written: the ingest says so with the file it names.
      if (code !== "EEXIST") return () => {};
    }
    const holder = holderOf(file);
    if (holder !== null && holder.pid === inherited) return () => {};
    if (holder !== null && alive(holder.pid)) {
      throw new ContentError([
        `${path.relative(process.cwd(), file)}: another ${holder.what} (process ${holder.pid}, since ${holder.since}) is using content/; this ${what} did nothing: run it again when that one has finished`,
      ]);
    }
    // Left by a process that was killed: take it over.
    rmSync(file, { force: true });
  }
  throw new ContentError([`${path.relative(process.cwd(), file)}: could not be taken; delete it if no ingest, add or build is running`]);
}
