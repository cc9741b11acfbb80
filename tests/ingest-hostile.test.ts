// Bad and hostile input to the ingest command, one test each: the exact message the user sees,
// no stack trace, and not one byte of content/ changed. The ingest runs as a child process on a
// temporary content/ (PAPER_ATLAS_CONTENT), as a curator would run it.
import { execFile } from "node:child_process";
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readListings, readPapers } from "@/lib/content";

const ROOT = path.join(__dirname, "..");
const FIXTURES = path.join(__dirname, "fixtures", "listings");
const run = promisify(execFile);
const TOPO = "toposae-topology-aware-sparse-autoencoders";
const ABSTRACT =
  "We study how listings are parsed at length. It has several sentences, as abstracts do, and this one makes the line long enough to read as an abstract.";

let golden: string;
const dirs: string[] = [];

async function ingest(root: string, ...args: string[]) {
  try {
    const r = await run(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], { cwd: ROOT, env: { ...process.env, PAPER_ATLAS_CONTENT: root }, encoding: "utf8" });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string };
    return { code: r.code, out: r.stdout, err: r.stderr };
  }
}

/** A copy of a content/ that one good listing was ingested into. */
function content(): string {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-hostile-"));
  dirs.push(root);
  cpSync(golden, root, { recursive: true });
  return root;
}

/** Every entry under content/ with its bytes (or link target), to prove nothing changed. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      const s = lstatSync(p);
      if (s.isSymbolicLink()) out[path.relative(root, p)] = `-> ${readlinkSync(p)}`;
      else if (s.isDirectory()) walk(p);
      else out[path.relative(root, p)] = `${s.mode.toString(8)} ${readFileSync(p, "latin1")}`;
    }
  };
  walk(root);
  return out;
}

const source = (root: string, name: string, text: string | Uint8Array) => writeFileSync(path.join(root, "sources", name), text);
const shown = (root: string, rel: string) => path.relative(ROOT, path.join(root, rel));

/** The ingest and --check: what --check misses, `next build` meets. */
const BOTH = [[], ["--check"]];

/**
 * Put the bad input in, run the ingest (or --check too), and expect it to stop with `message` as one
 * of its lines, no stack, and content/ exactly as it was.
 */
async function refuses(root: string, message: string, args: string[][] = [[]]) {
  const before = snapshot(root);
  for (const a of args) {
    const r = await ingest(root, ...a);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toContain(message);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(r.err).toMatch(/^ingest stopped: \d+ problems?; content\/ is unchanged$/m);
  }
  expect(snapshot(root)).toEqual(before);
}

/** A listing added to a good content/ is refused with `message`. */
async function refusesListing(file: string, text: string | Uint8Array, message: string, args?: string[][]) {
  const root = content();
  source(root, file, text);
  await refuses(root, message, args);
}

/** Where a corrections.json problem is reported from; CORRECTIONS stands for it in messages. */
const CORRECTIONS = "<corrections.json>";

/** A corrections.json added to a good content/ is refused with `message`. */
async function refusesCorrections(text: string | Uint8Array, message: string) {
  const root = content();
  writeFileSync(path.join(root, "corrections.json"), text);
  await refuses(root, message.replace(CORRECTIONS, shown(root, "corrections.json")));
}

beforeAll(async () => {
  golden = mkdtempSync(path.join(tmpdir(), "atlas-golden-"));
  mkdirSync(path.join(golden, "sources"));
  cpSync(path.join(FIXTURES, "title-abstract-spaced.txt"), path.join(golden, "sources", "good.txt"));
  expect((await ingest(golden)).code).toBe(0);
});

afterAll(() => {
  for (const d of [...dirs.splice(0), golden]) rmSync(d, { recursive: true, force: true });
});

describe.concurrent("file system errors are named with their file", () => {
  it("a dangling symbolic link in content/sources/", async () => {
    const root = content();
    symlinkSync(path.join(root, "nowhere.txt"), path.join(root, "sources", "gone.txt"));
    await refuses(root, "content/sources/gone.txt: is a symbolic link to a file that does not exist; only regular .txt files are listings (copy the file in instead)", BOTH);
  });

  it("a symbolic link loop in content/sources/", async () => {
    const root = content();
    symlinkSync("loop.txt", path.join(root, "sources", "loop.txt"));
    await refuses(root, "content/sources/loop.txt: is a symbolic link that loops back on itself; only regular .txt files are listings (copy the file in instead)", BOTH);
  });

  it("a dangling symbolic link among the topic files", async () => {
    const root = content();
    mkdirSync(path.join(root, "topics"));
    symlinkSync(path.join(root, "nowhere.md"), path.join(root, "topics", "gone.md"));
    await refuses(root, `${shown(root, "topics/gone.md")}: does not exist (a dangling symbolic link, or removed while the ingest ran)`);
  });

  it("a symbolic link loop as corrections.json", async () => {
    const root = content();
    symlinkSync("corrections.json", path.join(root, "corrections.json"));
    await refuses(root, `${shown(root, "corrections.json")}: is a symbolic link loop: following it never reaches a file`);
  });

  it("a dangling symbolic link as corrections.json is not taken for no corrections", async () => {
    const root = content();
    symlinkSync("nowhere.json", path.join(root, "corrections.json"));
    await refuses(root, `${shown(root, "corrections.json")}: does not exist (a dangling symbolic link, or removed while the ingest ran)`);
  });

  it("an unreadable listing (EACCES), for a user the file does not allow", async () => {
    const root = content();
    source(root, "secret.txt", readFileSync(path.join(FIXTURES, "abstract-only.txt")));
    chmodSync(path.join(root, "sources", "secret.txt"), 0o000);
    chmodSync(root, 0o755);
    const before = snapshot(root);
    // Root reads any file: run the ingest as "nobody", for whom the mode holds.
    const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", "scripts/ingest.ts"], { cwd: ROOT, uid: process.getuid?.() === 0 ? 65534 : undefined, gid: process.getuid?.() === 0 ? 65534 : undefined, env: { ...process.env, PAPER_ATLAS_CONTENT: root, TSX_DISABLE_CACHE: "1" }, encoding: "utf8" }, (e, _out, err) =>
        resolve({ code: e ? (e as { code: number }).code : 0, err }),
      );
    });
    expect(r.err.split("\n")).toContain("content/sources/secret.txt: cannot be opened: permission denied");
    expect(r.code).toBe(1);
    expect(snapshot(root)).toEqual(before);
  });
});

describe.concurrent("every listing has its own URL, and hand-written files are checked by the ingest and --check", () => {
  it("two listing names that map to one URL", async () => {
    const root = content();
    source(root, "x y.txt", readFileSync(path.join(FIXTURES, "abstract-only.txt")));
    source(root, "x-y.txt", readFileSync(path.join(FIXTURES, "daily-papers.txt")));
    await refuses(root, "content/sources/x-y.txt: has the same URL /sources/x-y/ as content/sources/x y.txt; rename one of them", BOTH);
  });

  it("names that differ only in case", () => refusesListing("Good.TXT", readFileSync(path.join(FIXTURES, "abstract-only.txt")), "content/sources/good.txt: has the same URL /sources/good/ as content/sources/Good.TXT; rename one of them", BOTH));

  it("a bad acronyms.json, and the search index build says so without a stack", async () => {
    const root = content();
    writeFileSync(path.join(root, "acronyms.json"), JSON.stringify({ acronyms: [{ short: "\u200b\u200b", long: ["zero width"] }] }));
    await refuses(root, `${shown(root, "acronyms.json")}: **acronyms.0.short**: needs visible letters or digits (it is empty, or only spaces, punctuation or invisible characters)`, BOTH);
    const out = path.join(root, "..", `${path.basename(root)}-index`);
    dirs.push(out);
    const r = await run(process.execPath, ["--import", "tsx", "scripts/build-search-index.ts", out], { cwd: ROOT, env: { ...process.env, PAPER_ATLAS_CONTENT: root } }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toEqual(["search index not built: 1 problem in content/", `${shown(root, "acronyms.json")}: **acronyms.0.short**: needs visible letters or digits (it is empty, or only spaces, punctuation or invisible characters)`, ""]);
  });

  it("a topic file whose title is only invisible characters", async () => {
    const root = content();
    mkdirSync(path.join(root, "topics"));
    writeFileSync(path.join(root, "topics", "blank.md"), "---\ntitle: \"\\u200b\"\ndescription: A topic.\nterms:\n  - { term: sparse, weight: 2 }\n---\n");
    await refuses(root, `${shown(root, "topics/blank.md")}: **title**: needs visible letters or digits (it is empty, or only spaces, punctuation or invisible characters)`, BOTH);
  });

  it("a topic that lists under formerly the id of a topic file still there", async () => {
    const root = content();
    mkdirSync(path.join(root, "topics"));
    const topic = (id: string, formerly: string) => writeFileSync(path.join(root, "topics", `${id}.md`), `---\ntitle: ${id}\ndescription: A topic.\nformerly: [${formerly}]\nterms:\n  - { term: sparse, weight: 2 }\n---\n`);
    topic("dialogue", "");
    topic("conversation", "dialogue");
    await refuses(root, `${shown(root, "topics/conversation.md")}: formerly: "dialogue" is a topic of its own (${shown(root, "topics/dialogue.md")}); remove it from formerly, or delete that file`, BOTH);
  });
});

describe.concurrent("nonsense and invisible text", () => {
  it("a listing of titles only: no title becomes the next title's abstract", async () => {
    const root = content();
    source(root, "titles.txt", "Sparse Autoencoders for Everyone\nQuantization Without Tears\nMixture of Experts at Scale\n");
    await refuses(root, 'content/sources/titles.txt:1: title "Sparse Autoencoders for Everyone" has no abstract: line 2 is not one (it is 26 characters long, and an abstract has at least 100)');
    const r = await ingest(root);
    expect(r.err).toContain('content/sources/titles.txt:2: title "Quantization Without Tears" has no abstract: line 3 is not one (it is 27 characters long, and an abstract has at least 100)');
    expect(r.err).toContain('content/sources/titles.txt:3: title "Mixture of Experts at Scale" has no abstract, and the listing has no entries');
  });

  it("two short lines are not a paper", () => refusesListing("short.txt", "Hello there\nthis is not an abstract.\n", 'content/sources/short.txt:1: title "Hello there" has no abstract: line 2 is not one (it is 24 characters long, and an abstract has at least 100)'));

  it("long title-case lines are titles, not abstracts", () => {
    const a = "Scaling Sparse Autoencoders Towards Millions of Interpretable Features Across Many Different Language Model Families.";
    return refusesListing("caps.txt", `Interpretability Work\n${a}\n`, `content/sources/caps.txt:1: title "Interpretability Work" has no abstract: line 2 is not one (its words are capitalized like a title's, not written as sentences)`);
  });

  it("a line without a sentence is not an abstract", () => {
    const words = "sparse autoencoder features across language model families and scales without any sentence end at all";
    return refusesListing("nosentence.txt", `A Title\n${words}\n`, 'content/sources/nosentence.txt:1: title "A Title" has no abstract: line 2 is not one (it has no sentence, and an abstract has sentences ending in ".", "!" or "?")');
  });

  it("an Abstract: line too short to be one", () => refusesListing("tbd.txt", "Abstract: TBD.\n", 'content/sources/tbd.txt:1: "Abstract:" line is not an abstract: it is 4 characters long, and an abstract has at least 100'));

  it("a title of zero-width characters only", () => refusesListing("zw.txt", `\u200b\u200c\u200d\u2060\n${ABSTRACT}\n`, "content/sources/zw.txt:1: title has no visible letters or digits"));

  it("a correction whose title is blank", () => refusesCorrections(JSON.stringify({ papers: { [TOPO]: { title: "   " } } }), `${CORRECTIONS}: **papers.${TOPO}.title**: needs visible letters or digits (it is empty, or only spaces, punctuation or invisible characters)`));

  it("a correction whose title is zero-width characters only", () => refusesCorrections(JSON.stringify({ papers: { [TOPO]: { title: "\u200b\ufeff" } } }), `${CORRECTIONS}: **papers.${TOPO}.title**: needs visible letters or digits (it is empty, or only spaces, punctuation or invisible characters)`));

  it("ESC in a title", () => refusesListing("esc.txt", `\u001b[31mRed\u001b[0m Title\n${ABSTRACT}\n`, "content/sources/esc.txt:1: line holds the control character U+001B (ESC); remove it"));

  it("a C1 control character in an abstract", () => refusesListing("c1.txt", `A Title\n${ABSTRACT.replace("at length", "at\u0085length")}\n`, "content/sources/c1.txt:2: line holds the control character U+0085 (NEXT LINE); remove it"));

  it("ESC in a correction's title", () => refusesCorrections(JSON.stringify({ papers: { [TOPO]: { title: "TopoSAE \u001b]8;;https://x.io\u0007" } } }), `${CORRECTIONS}: **papers.${TOPO}.title**: holds a control character`));
});

describe.concurrent("bidi spoofing", () => {
  it("a URL holding U+202E is not a link, and bidi controls leave the title with a warning", async () => {
    const root = content();
    source(root, "bidi.txt", `Reversed \u202egnp.exe\u202c Title\n\n${ABSTRACT} Code: https://github.com/a/\u202egnp.exe and https://github.com/a/clean.\n`);
    const r = await ingest(root);
    expect(r.code).toBe(0);
    expect(r.err.split("\n")).toContain("notice: content/sources/bidi.txt:1: removed bidirectional control characters from the title (they can make text display in another order than it reads)");
    const paper = readPapers(root).find((p) => p.title.startsWith("Reversed"))!;
    expect(paper.title).toBe("Reversed gnp.exe Title");
    expect(paper.links).toEqual([{ url: "https://github.com/a/clean", kind: "code" }]);
  });

  it("a correction's title holding a bidi override is refused", () => refusesCorrections(JSON.stringify({ papers: { [TOPO]: { title: "TopoSAE \u202eexe.gnp" } } }), `${CORRECTIONS}: **papers.${TOPO}.title**: holds a bidirectional control character, which can make text display in another order than it reads`));
});

describe.concurrent("terminal injection", () => {
  it("echoed text shows ESC sequences as escapes, never raw", async () => {
    const root = content();
    source(root, "echo.txt", `\u001b[2J\u001b[HOrphan Title\n`);
    const r = await ingest(root);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.err.split("\n")).toContain('content/sources/echo.txt:1: title "\\x1b[2J\\x1b[HOrphan Title" has no abstract, and the listing has no entries');
  });

  it("a newline or ESC in a file name cannot forge a line", async () => {
    const root = content();
    source(root, "evil\ncontent\u2215sources\u2215x.txt:1: all fine\u001b[0m.txt", ABSTRACT);
    await refuses(root, "content/sources/evil\\x0acontent\u2215sources\u2215x.txt:1: all fine\\x1b[0m.txt: the file name holds control characters; rename the file");
    const r = await ingest(root);
    expect(r.err.split("\n").filter((l) => l.startsWith("content\u2215") || l.includes("\u001b"))).toEqual([]);
  });
});

describe.concurrent("file names that would reverse where they are shown", () => {
  it("a bidi override in a listing's name", () =>
    refusesListing("a\u202etxt.exe.txt", ABSTRACT, "content/sources/a\\u202etxt.exe.txt: the file name holds control characters; rename the file"));
});

describe.concurrent("messages that say what is wrong", () => {
  const daily = (date: string, authors = "4") => `Daily Papers\n\nA Title\n\n${ABSTRACT}\n\n  \u2022 ${authors} authors\n\u00b7\n${date}\n`;

  // [the bad input, the listing file, its text, the message]
  it.each([
    ["a five-digit year", "date.txt", daily("Dec 31, 99999"), 'content/sources/date.txt:7: metadata date "Dec 31, 99999" is invalid: expected "Mon D" or "Mon D, YYYY" (a 4-digit year), then optional upvotes (a whole number, 0 or more)'],
    ["negative upvotes", "date.txt", daily("Jun 11, 2024 -5"), 'content/sources/date.txt:7: metadata date "Jun 11, 2024 -5" is invalid: expected "Mon D" or "Mon D, YYYY" (a 4-digit year), then optional upvotes (a whole number, 0 or more)'],
    ["an author count past 2^53", "big.txt", daily("Jun 11, 2024 5", "9007199254740993"), 'content/sources/big.txt:7: metadata "\u2022 9007199254740993 authors": the number of authors is too large (at most 1,000,000)'],
    ["upvotes past 2^53", "big.txt", daily("Jun 11, 2024 9007199254740993"), 'content/sources/big.txt:7: metadata date "Jun 11, 2024 9007199254740993": the number of upvotes is too large (at most 1,000,000)'],
  ])("%s", async (_name, file, text, message) => {
    const root = content();
    source(root, file, text);
    await refuses(root, message);
  });

  it("a correction's count past 2^53", () => refusesCorrections(`{ "papers": { "${TOPO}": { "upvotes": 9007199254740993 } } }`, `${CORRECTIONS}: **papers.${TOPO}.upvotes**: is too large: at most 1,000,000`));

  it("a UTF-16 file", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`A Title\n${ABSTRACT}\n`, "utf16le")]);
    return refusesListing("utf16.txt", utf16, "content/sources/utf16.txt:1: is UTF-16 text; save it as UTF-8");
  });

  it("a UTF-16 file without a byte order mark", () => refusesListing("utf16.txt", Buffer.from(`A Title\n${ABSTRACT}\n`, "utf16le"), "content/sources/utf16.txt:1: is UTF-16 text; save it as UTF-8"));

  it("an abstract that starts with a bullet is an abstract, not a metadata line", async () => {
    const root = content();
    const bullet = `\u2022 ${ABSTRACT} ${ABSTRACT} ${ABSTRACT}`;
    source(root, "bullet.txt", `A Bulleted Paper\n${bullet}\n`);
    const r = await ingest(root);
    expect(r.code).toBe(0);
    expect(readPapers(root).find((p) => p.title === "A Bulleted Paper")!.abstract).toBe(bullet);
  });

  it("a long line is never echoed whole", () => {
    const title = `A Title ${"word ".repeat(50)}`.trim();
    return refusesListing("long.txt", `First Paper\n${ABSTRACT}\n${title}\n`, `content/sources/long.txt:3: title "${title.slice(0, 57)}..." has no abstract`);
  });

  it("a topic file and acronyms.json with a byte order mark are read", async () => {
    const root = content();
    mkdirSync(path.join(root, "topics"));
    writeFileSync(path.join(root, "topics", "interpretability.md"), `\ufeff${readFileSync(path.join(ROOT, "content", "topics", "interpretability.md"), "utf8")}`);
    writeFileSync(path.join(root, "acronyms.json"), `\ufeff${JSON.stringify({ acronyms: [{ short: "SAE", long: ["sparse autoencoder"] }] })}`);
    const r = await ingest(root);
    expect(r.code).toBe(0);
    expect(readPapers(root).find((p) => p.id === TOPO)!.topics.map((t) => t.id)).toEqual(["interpretability"]);
  });

  it("a corrections.json with a byte order mark is read", async () => {
    const root = content();
    writeFileSync(path.join(root, "corrections.json"), `\ufeff${JSON.stringify({ papers: { [TOPO]: { authorCount: 4 } } })}`);
    expect((await ingest(root)).code).toBe(0);
    expect(readPapers(root).find((p) => p.id === TOPO)!.authorCount).toBe(4);
  });

  it("a 2,000-character title", async () => {
    const root = content();
    const title = `${Array(400).fill("Word").join(" ")}s`;
    expect(title).toHaveLength(2000);
    source(root, "title.txt", `${title}\n${ABSTRACT}\n`);
    await refuses(root, "content/sources/title.txt:1: title is too long: 2000 characters, and a title has at most 300");
  });

  it("thousands of bad lines print the first 50 problems and a count of the rest", async () => {
    const root = content();
    source(root, "many.txt", Array.from({ length: 3000 }, (_, i) => `Abstract: TBD ${i}.`).join("\n"));
    const before = snapshot(root);
    const r = await ingest(root);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    expect(lines[0]).toBe("ingest stopped: 3000 problems; content/ is unchanged");
    expect(lines).toHaveLength(52);
    expect(lines[50]).toBe('content/sources/many.txt:50: "Abstract:" line is not an abstract: it is 7 characters long, and an abstract has at least 100');
    expect(lines[51]).toBe("... and 2950 more problems (the first 50 are shown)");
    expect(snapshot(root)).toEqual(before);
  });
});

describe.concurrent("a strict corrections.json", () => {
  const corrections = (root: string, text: string) => writeFileSync(path.join(root, "corrections.json"), text);

  it("an unknown id is an error that suggests the nearest id", async () => {
    const root = content();
    corrections(root, JSON.stringify({ papers: { "toposae-topology-aware-sparse-autoencoder": { authorCount: 3 } } }));
    await refuses(root, `content/corrections.json: papers.toposae-topology-aware-sparse-autoencoder: no paper has this id; did you mean "${TOPO}"?`);
  });

  it("an unknown topic is an error", async () => {
    const root = content();
    mkdirSync(path.join(root, "topics"));
    cpSync(path.join(ROOT, "content", "topics", "interpretability.md"), path.join(root, "topics", "interpretability.md"));
    corrections(root, JSON.stringify({ papers: { [TOPO]: { topics: { add: ["interpretabilty"] } } } }));
    await refuses(root, `content/corrections.json: papers.${TOPO}.topics.add: no topic "interpretabilty" in content/topics/; did you mean "interpretability"?`);
  });

  it("a duplicate key", async () => {
    const root = content();
    corrections(root, `{\n  "papers": {\n    "${TOPO}": { "authorCount": 3 },\n    "${TOPO}": { "authorCount": 4 }\n  }\n}\n`);
    await refuses(root, `${shown(root, "corrections.json")}:4: the key "papers.${TOPO}" appears twice (first on line 3); JSON would keep only the last one, so remove one`);
  });

  it("a duplicate field inside one correction", async () => {
    const root = content();
    corrections(root, `{ "papers": { "${TOPO}": {\n "title": "A", "title": "B" } } }`);
    await refuses(root, `${shown(root, "corrections.json")}:2: the key "papers.${TOPO}.title" appears twice (first on line 2); JSON would keep only the last one, so remove one`);
  });

  it("a __proto__ key", async () => {
    const root = content();
    corrections(root, `{ "papers": {\n  "__proto__": { "title": "Polluted" } } }`);
    await refuses(root, `${shown(root, "corrections.json")}:2: the key "papers.__proto__" is not allowed: "__proto__" is never a name in this file`);
  });

  it("a constructor key", async () => {
    const root = content();
    corrections(root, `{ "papers": { "constructor": { "title": "Polluted" } } }`);
    await refuses(root, `${shown(root, "corrections.json")}:1: the key "papers.constructor" is not allowed: "constructor" is never a name in this file`);
  });

  it("a corrections.json saved as UTF-16", () =>
    refusesCorrections(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ papers: {} }), "utf16le")]), `${CORRECTIONS}: is UTF-16 text; save it as UTF-8`));

  it("invalid JSON names its line", async () => {
    const root = content();
    corrections(root, `{ "papers": {\n  "${TOPO}": { "title": "A", }\n} }`);
    const r = await ingest(root);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${shown(root, "corrections.json")}:2: not valid JSON: `);
  });
});

describe.concurrent("stray files in content/sources/", () => {
  it("a symbolic link to a file outside the repository is refused", async () => {
    const root = content();
    const outside = mkdtempSync(path.join(tmpdir(), "atlas-outside-"));
    dirs.push(outside);
    writeFileSync(path.join(outside, "secret.txt"), `Secret Title\n\n${ABSTRACT}\n`);
    symlinkSync(path.join(outside, "secret.txt"), path.join(root, "sources", "linked.txt"));
    await refuses(root, "content/sources/linked.txt: is a symbolic link; only regular .txt files are listings (copy the file in instead)", BOTH);
  });

  it("editor backups and hidden files are ignored with a one-line notice; a folder is reported", async () => {
    const root = content();
    const good = readFileSync(path.join(FIXTURES, "abstract-only.txt"));
    for (const name of ["good.txt~", "good.txt.bak", "#good.txt#", ".good.txt.swp", ".hidden.txt"]) source(root, name, good);
    mkdirSync(path.join(root, "sources", "more"));
    source(root, "more/inside.txt", good);
    const before = snapshot(root);
    const r = await ingest(root, "--check");
    expect(r.code).toBe(0);
    expect(r.err.split("\n").filter((l) => l.startsWith("notice:"))).toEqual([
      "notice: content/sources/#good.txt#: editor backup, ignored",
      "notice: content/sources/.good.txt.swp: hidden file, ignored",
      "notice: content/sources/.hidden.txt: hidden file, ignored",
      "notice: content/sources/good.txt.bak: editor backup, ignored",
      "notice: content/sources/good.txt~: editor backup, ignored",
      "notice: content/sources/more/: a folder; listings in folders are not read (move them into content/sources/)",
    ]);
    expect(snapshot(root)).toEqual(before);
    expect(readListings(root).map((l) => l.file)).toEqual(["good.txt"]);
  });
});
