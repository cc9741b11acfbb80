// JSON for hand-written files (content/corrections.json, content/acronyms.json), read strictly.
// JSON.parse keeps the last of two equal keys without a word, and a "__proto__" key becomes an
// own property that code reading the object may treat as the prototype. This reader refuses both,
// accepts a byte order mark, and gives every problem a line number.

export type JsonProblem = { line: number; message: string };

/** Keys that are never data: they name the prototype machinery of JavaScript objects. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Node's "... in JSON at position 12" (or "(line 2 column 3)") as a line number. */
function syntaxLine(text: string, message: string): number {
  const line = /line (\d+) column/.exec(message);
  if (line) return Number(line[1]);
  const at = /position (\d+)/.exec(message);
  return at ? lineAt(text, Number(at[1])) : 1;
}

type Frame = { kind: "object"; keys: Map<string, number>; key: string | null; expectKey: boolean } | { kind: "array"; index: number };

/**
 * Duplicate and forbidden keys of a JSON text that JSON.parse accepts: a scan of its tokens that
 * keeps, for each open object, the keys seen so far.
 */
export function keyProblems(text: string): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const stack: Frame[] = [];
  const where = () =>
    stack
      .map((f) => (f.kind === "object" ? f.key ?? "" : String(f.index)))
      .filter((k) => k !== "")
      .join(".");
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    else if (c === "{") stack.push({ kind: "object", keys: new Map(), key: null, expectKey: true });
    else if (c === "[") stack.push({ kind: "array", index: 0 });
    else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      const top = stack.at(-1);
      if (top?.kind === "object") top.expectKey = true;
      else if (top?.kind === "array") top.index++;
    } else if (c === ":") {
      const top = stack.at(-1);
      if (top?.kind === "object") top.expectKey = false;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === "object" && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        top.key = null;
        const path = [where(), key].filter((k) => k !== "").join(".");
        if (FORBIDDEN_KEYS.has(key)) problems.push({ line, message: `the key "${path}" is not allowed: "${key}" is never a name in this file` });
        const first = top.keys.get(key);
        if (first !== undefined) problems.push({ line, message: `the key "${path}" appears twice (first on line ${first}); JSON would keep only the last one, so remove one` });
        else top.keys.set(key, line);
        top.key = key;
      }
      i = j;
    }
  }
  return problems;
}

/** The parsed value, or every problem with its line. A leading byte order mark is accepted. */
export function parseStrictJson(raw: string): { ok: true; value: unknown } | { ok: false; problems: JsonProblem[] } {
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    return { ok: false, problems: [{ line: syntaxLine(text, message), message: `not valid JSON: ${message}` }] };
  }
  const problems = keyProblems(text);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
