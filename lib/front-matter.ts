// Markdown with YAML front matter, read and written with gray-matter - hardened.
// gray-matter evaluates `---js` / `---javascript` front matter with eval, and setting
// `engines: { js: false }` does not stop it (the lookup falls through to `javascript`), so every
// engine but YAML throws. YAML is read with the JSON schema: dates stay strings, no custom tags.
// Front matter exactly as writeFrontMatter writes it is read without gray-matter (canonical-yaml.ts
// says why that reads the same); anything else takes the hardened gray-matter path.
import matter from "gray-matter";
import yaml from "js-yaml";
import { dumpYaml, readCanonicalYaml } from "./canonical-yaml";

export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FrontMatterError";
  }
}

const refuse = (language: string) => ({
  parse: (): never => {
    throw new FrontMatterError(`front matter language "${language}" is not allowed; only YAML is read`);
  },
  stringify: (): never => {
    throw new FrontMatterError(`front matter language "${language}" is not allowed`);
  },
});

const ENGINES = {
  yaml: {
    parse: (text: string): object => yaml.load(text, { schema: yaml.JSON_SCHEMA, json: false }) as object,
    stringify: dumpYaml,
  },
  js: refuse("js"),
  javascript: refuse("javascript"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  json: refuse("json"),
  toml: refuse("toml"),
};


type Parsed = { data: Record<string, unknown>; body: string };

/** Parse a Markdown file with YAML front matter. Throws FrontMatterError on anything else. */
export function readFrontMatter(text: string): Parsed {
  return readCanonical(text) ?? readWithGrayMatter(text);
}

/** "---", the YAML writeFrontMatter writes, "---", the body; null for any other text. */
function readCanonical(text: string): Parsed | null {
  if (!text.startsWith("---\n")) return null;
  // Where gray-matter closes the block: the first "\n---" after the opening delimiter.
  const close = text.indexOf("\n---", 3);
  const data = close === -1 ? null : readCanonicalYaml(text.slice(4, close + 1));
  if (data === null) return null;
  // The body as gray-matter gives it: after the closing "---", less one line break.
  let body = text.slice(close + 4);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  return { data, body };
}

function readWithGrayMatter(text: string): Parsed {
  const opening = /^---([^\r\n]*)\r?\n/.exec(text);
  if (!opening) throw new FrontMatterError("does not start with a --- front matter block");
  const language = opening[1]!.trim();
  if (language !== "" && language !== "yaml") {
    throw new FrontMatterError(`front matter language "${language}" is not allowed; only YAML is read`);
  }
  let parsed: { data: unknown; content: string };
  try {
    // Passing options also keeps gray-matter from caching every input in a global map.
    parsed = matter(text, { language: "yaml", engines: ENGINES });
  } catch (e) {
    if (e instanceof FrontMatterError) throw e;
    throw new FrontMatterError(`front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("front matter is not a mapping of fields");
  }
  return { data: data as Record<string, unknown>, body: parsed.content };
}

/** Serialise front matter (keys in the order given) and a body; ends with one newline. */
export function writeFrontMatter(data: object, body: string): string {
  return `---\n${ENGINES.yaml.stringify(data)}---\n${body.trim()}\n`;
}
