// The YAML of the records the ingest writes, without js-yaml's general machinery, which cost more
// than everything else the ingest does per record.
//
// writeCanonicalYaml gives the very text js-yaml's dump gives (DUMP_OPTIONS) for plain data -
// objects, arrays, strings, numbers, booleans, null - or null for what it does not handle
// (multi-line strings, numbers in exponent form), and dumpYaml then asks js-yaml.
//
// readCanonicalYaml reads only what writeCanonicalYaml writes: it parses, writes the result again
// and returns it only when that gives back the same text. js-yaml loads its own dump of plain data
// as that data, so whatever it returns is what js-yaml would have read. For any other text it
// returns null and the caller uses js-yaml.
import yaml from "js-yaml";

/** JSON schema (dates stay strings), no line folding, no anchors. */
export const DUMP_OPTIONS = { schema: yaml.JSON_SCHEMA, lineWidth: -1, noRefs: true };

/** js-yaml's dump of the data, written here when it can be. */
export function dumpYaml(data: unknown): string {
  return writeCanonicalYaml(data) ?? yaml.dump(data, DUMP_OPTIONS);
}

export function writeCanonicalYaml(data: unknown): string | null {
  const text = writeNode(data, 0, true);
  return text === null ? null : `${text}\n`;
}

const INDENT = "  ";

/** Words js-yaml quotes: they would read back as null or a boolean (or did, in YAML 1.1). */
const RESERVED = new Set(
  "null Null NULL true True TRUE false False FALSE y Y yes Yes YES on On ON n N no No NO off Off OFF".split(" "),
);
/** Printable ASCII starting with a letter or digit: js-yaml writes it plain or single-quoted, by the rules below. */
const ASCII_WORD_FIRST = /^[A-Za-z0-9][\x20-\x7e]*$/;
/** Could read back as a number (1_000, 0x1f, 1:30, 1e5, ...): left to js-yaml. */
const NUMBER_LIKE = /^[0-9][0-9a-fA-FxobinIN_.:+-]*$/;
/** What js-yaml does not write plain: a flow indicator, a colon, " #", a trailing space. */
const NOT_PLAIN = /[,[\]{}:]| #| $/;

/** A value at a depth (js-yaml's `level`); `compact` when it follows "- " on the same line. */
function writeNode(value: unknown, level: number, compact: boolean): string | null {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return writeNumber(value);
  if (typeof value === "string") return writeString(value);
  if (Array.isArray(value)) return value.length === 0 ? "[]" : writeSequence(value, level, compact);
  if (!isMapping(value)) return null;
  return Object.keys(value).length === 0 ? "{}" : writeMapping(value, level, compact);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}

/** A non-empty array or mapping, which js-yaml starts on the next line (after "key:" or "-"). */
function isBlock(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : isMapping(value) && Object.keys(value).length > 0;
}

function writeNumber(n: number): string | null {
  const text = String(n);
  // js-yaml writes -0 as -0.0 and "1e-7" as "1.e-7": left to it.
  return Number.isFinite(n) && !Object.is(n, -0) && !text.includes("e") ? text : null;
}

function writeString(s: string): string | null {
  if (ASCII_WORD_FIRST.test(s) && !NUMBER_LIKE.test(s)) return NOT_PLAIN.test(s) || RESERVED.has(s) ? `'${s.replace(/'/g, "''")}'` : s;
  // js-yaml's choice for a one-line string (plain, quoted, escaped) does not depend on its depth;
  // a multi-line one becomes an indented block, left to js-yaml.
  return s.includes("\n") ? null : yaml.dump(s, DUMP_OPTIONS).slice(0, -1);
}

function writeMapping(map: Record<string, unknown>, level: number, compact: boolean): string | null {
  const keys = Object.keys(map);
  const indent = `\n${INDENT.repeat(level)}`;
  let out = "";
  for (let i = 0; i < keys.length; i++) {
    const k = writeString(keys[i]!);
    const value = map[keys[i]!];
    const v = writeNode(value, level + 1, false);
    // js-yaml writes a key over 1024 characters as an explicit "? key" pair.
    if (k === null || k.length > 1024 || v === null) return null;
    if (!compact || i > 0) out += indent;
    out += k + (isBlock(value) ? ":" : ": ") + v;
  }
  return out;
}

function writeSequence(items: unknown[], level: number, compact: boolean): string | null {
  const indent = `\n${INDENT.repeat(level)}`;
  let out = "";
  for (let i = 0; i < items.length; i++) {
    const v = writeNode(items[i], level + 1, true);
    if (v === null) return null;
    if (!compact || i > 0) out += indent;
    // An item written compact (a mapping's first pair, a nested list's first item) stays on the "- " line.
    out += "- " + v;
  }
  return out;
}

/** The mapping that `text` is the canonical YAML of, or null when it is not canonical. */
export function readCanonicalYaml(text: string): Record<string, unknown> | null {
  if (!text.endsWith("\n")) return null;
  const cursor: Cursor = { lines: text.slice(0, -1).split("\n"), at: 0 };
  const data = readMapping(cursor, 0, null);
  if (data === NOT_CANONICAL || cursor.at !== cursor.lines.length) return null;
  return writeCanonicalYaml(data) === text ? data : null;
}

const NOT_CANONICAL = Symbol("not canonical");
type Read<T> = T | typeof NOT_CANONICAL;
type Cursor = { lines: string[]; at: number };

/** "key: value", or "key:" with the value on the lines below. */
const PAIR = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;

/** Does the line have text, exactly `indent` spaces in? */
function startsAt(line: string | undefined, indent: number): line is string {
  if (line === undefined || line.length <= indent) return false;
  for (let i = 0; i < indent; i++) if (line.charCodeAt(i) !== 0x20) return false;
  return line.charCodeAt(indent) !== 0x20;
}

function readBlock(c: Cursor, indent: number): Read<unknown> {
  const line = c.lines[c.at];
  return startsAt(line, indent) && line.startsWith("- ", indent) ? readSequence(c, indent) : readMapping(c, indent, null);
}

/** The pairs at `indent`; `first` is a pair already read after "- " on a sequence line. */
function readMapping(c: Cursor, indent: number, first: string | null): Read<Record<string, unknown>> {
  const map: Record<string, unknown> = {};
  for (let pair = first; ; pair = null) {
    if (pair === null) {
      const line = c.lines[c.at];
      if (!startsAt(line, indent) || line.startsWith("-", indent)) return map;
      pair = line.slice(indent);
      c.at++;
    }
    const m = PAIR.exec(pair);
    if (!m || m[1] === "__proto__" || Object.hasOwn(map, m[1]!)) return NOT_CANONICAL;
    const value = m[2] === undefined ? readBlock(c, indent + 2) : readScalar(m[2]);
    if (value === NOT_CANONICAL) return NOT_CANONICAL;
    map[m[1]!] = value;
  }
}

function readSequence(c: Cursor, indent: number): Read<unknown[]> {
  const items: unknown[] = [];
  for (let line = c.lines[c.at]; startsAt(line, indent) && line.startsWith("- ", indent); line = c.lines[c.at]) {
    c.at++;
    const rest = line.slice(indent + 2);
    const item = PAIR.test(rest) ? readMapping(c, indent + 2, rest) : readScalar(rest);
    if (item === NOT_CANONICAL) return NOT_CANONICAL;
    items.push(item);
  }
  return items;
}

/** A scalar as the writer writes it; a text it would not write reads as something it rewrites differently. */
function readScalar(text: string): Read<unknown> {
  if (text === "[]") return [];
  if (text === "{}") return {};
  if (text === "null") return null;
  if (text === "true" || text === "false") return text === "true";
  if (text.startsWith("'")) return text.length > 1 && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : NOT_CANONICAL;
  return DECIMAL.test(text) ? Number(text) : text;
}

/** A number as String() writes it, short of exponents: what the writer writes for a number. */
const DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
