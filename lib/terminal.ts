import { writeFileSync } from "node:fs";

// What the command-line scripts print: text from listings, file names and records may carry ESC
// sequences, newlines, bidi overrides. Everything printed goes through `safe`, so the terminal
// shows them as visible escapes and no line can be forged or recoloured.

/** C0 controls, DEL, C1 controls, the bidi controls and the line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The text with every control character shown as \xHH or \uHHHH. */
export function safe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** At most `max` characters of quoted input, escaped, never cutting an escape in two. */
export function clip(text: string, max = 60): string {
  const s = safe(text);
  if (s.length <= max) return s;
  let out = "";
  for (const c of text) {
    const shown = safe(c);
    if (out.length + shown.length > max - 3) break;
    out += shown;
  }
  return `${out}...`;
}

/** Problems printed at most; the rest are counted. */
export const MAX_PRINTED_PROBLEMS = 50;

/** Problem lines for the terminal: the first 50, escaped, then how many were left out. */
export function problemReport(problems: string[], max = MAX_PRINTED_PROBLEMS): string[] {
  const shown = problems.slice(0, max).map(safe);
  const rest = problems.length - shown.length;
  return rest > 0 ? [...shown, `... and ${rest} more problem${rest === 1 ? "" : "s"} (the first ${max} are shown)`] : shown;
}

/** A build step stopped by problems in content/: "<step>: N problems in content/" and the report. */
export function contentProblems(step: string, problems: string[]): string {
  return `${step}: ${problems.length} problem${problems.length === 1 ? "" : "s"} in content/\n${problemReport(problems).join("\n")}`;
}

/**
 * A file system error as "file: what is wrong", in plain words; null for any other error.
 * `display` turns the absolute path into the one the user knows (content/sources/x.txt).
 */
export function describeFsError(e: unknown, display: (file: string) => string = (f) => f): string | null {
  if (!(e instanceof Error) || typeof (e as NodeJS.ErrnoException).code !== "string") return null;
  const { code, path: file } = e as NodeJS.ErrnoException;
  if (file === undefined) return null;
  const what: Record<string, string> = {
    ENOENT: "does not exist (a dangling symbolic link, or removed while the ingest ran)",
    ELOOP: "is a symbolic link loop: following it never reaches a file",
    EACCES: "cannot be opened: permission denied",
    EPERM: "cannot be opened: operation not permitted",
    ENOSPC: "cannot be written: the disk is full",
    EDQUOT: "cannot be written: the disk quota is exhausted",
    EROFS: "cannot be written: the file system is read-only",
    EISDIR: "is a folder where a file was expected",
    ENOTDIR: "is a file where a folder was expected",
    EMFILE: "cannot be opened: too many open files",
    EIO: "cannot be read: input/output error from the disk",
    ENAMETOOLONG: "has a name too long for the file system",
  };
  return `${display(file)}: ${what[code!] ?? `${code}: ${e.message}`}`;
}

/** writeFileSync, with the file named on its error: a failed write (ENOSPC) names no path of its own. */
export function writeFileNamed(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    if (e instanceof Error && !(e as NodeJS.ErrnoException).path) (e as NodeJS.ErrnoException).path = file;
    throw e;
  }
}
