// Characters a catalog must not pass on: control characters (ESC sequences, backspaces) and the
// bidirectional controls that make "gnp.exe" display as "exe.png" and reverse the text after them.
// Pure: the parser refuses or cleans, the renderer and the link extractor use the same tests.

/** C0 controls except tab (line breaks are gone once a text is split into lines), DEL and C1. */
export const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
/** The bidi embedding, override and isolate controls and the direction marks. */
export const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_ALL = new RegExp(BIDI.source, "g");

const NAMES: Record<number, string> = { 0x08: "BACKSPACE", 0x0b: "VERTICAL TAB", 0x0c: "FORM FEED", 0x1b: "ESC", 0x7f: "DELETE", 0x85: "NEXT LINE", 0x202e: "RIGHT-TO-LEFT OVERRIDE", 0x202d: "LEFT-TO-RIGHT OVERRIDE" };

/** "U+001B (ESC)". */
export function codePoint(c: string): string {
  const n = c.codePointAt(0)!;
  const hex = `U+${n.toString(16).toUpperCase().padStart(4, "0")}`;
  return NAMES[n] ? `${hex} (${NAMES[n]})` : hex;
}

/** The first control character of the text, named, or null. */
export function firstControl(text: string): string | null {
  const m = CONTROL.exec(text);
  return m ? codePoint(m[0]) : null;
}

export function hasBidi(text: string): boolean {
  return BIDI.test(text);
}

/** The text without bidi controls. */
export function stripBidi(text: string): string {
  return BIDI.test(text) ? text.replace(BIDI_ALL, "") : text;
}

/** Does the text show a letter or a digit (not only spaces, punctuation and zero-width characters)? */
export function hasVisibleLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(INVISIBLE_LETTERS, ""));
}

/** Hangul fillers: letters by their category, blank on the screen (a favourite for empty-looking names). */
const INVISIBLE_LETTERS = /[\u115f\u1160\u3164\uffa0]/g;

/** The text without format and control characters: what a reader sees, for length rules. */
export function visibleText(text: string): string {
  return text.replace(/[\p{Cf}\p{Cc}]/gu, "");
}

/** UTF-16 text: a UTF-16 byte order mark, or ASCII letters with a NUL byte between each. */
export function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length - (bytes.length % 2), 200);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (n / 2) * 0.9 && Math.min(even, odd) === 0;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Bytes as UTF-8 text (a byte order mark kept), or why they are not UTF-8 text, in plain words. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (isUtf16(bytes)) return { problem: "is UTF-16 text; save it as UTF-8" };
  if (bytes.includes(0)) return { problem: "contains a NUL byte: not a text file" };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: "is not valid UTF-8 text; save it as UTF-8" };
  }
}
