// Markdown with YAML front matter, read and written with gray-matter - hardened.
// gray-matter evaluates `---js` / `---javascript` front matter with eval, and setting
// `engines: { js: false }` does not stop it (the lookup falls through to `javascript`), so every
// engine but YAML throws. YAML is read with the JSON schema: dates stay strings, no custom tags.
import matter from "gray-matter";
import yaml from "js-yaml";

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
    stringify: (data: object): string => yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1, noRefs: true }),
  },
  js: refuse("js"),
  javascript: refuse("javascript"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  json: refuse("json"),
  toml: refuse("toml"),
};


/** Parse a Markdown file with YAML front matter. Throws FrontMatterError on anything else. */
export function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
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
