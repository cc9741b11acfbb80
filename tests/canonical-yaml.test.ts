import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { DUMP_OPTIONS, dumpYaml, readCanonicalYaml, writeCanonicalYaml } from "@/lib/canonical-yaml";
import { readPapers } from "@/lib/content";

const jsYamlDump = (data: unknown) => yaml.dump(data, DUMP_OPTIONS);
const jsYamlLoad = (text: string) => yaml.load(text, { schema: yaml.JSON_SCHEMA, json: false });

/** Strings YAML treats specially, and strings that only look ordinary. */
const HOSTILE = [
  "", " ", "a ", " a", "a  b", "yes", "Yes", "no", "on", "OFF", "y", "n", "null", "Null", "~", "true", "FALSE", "0", "007", "-1",
  "1.5", "1e5", "1_000", "0x1F", "0o17", "0b101", "1:30", ".inf", "-.inf", ".NaN", "3d", "2ssp-a-two-stage", "002_e31b2211.txt",
  "1 2", "title: with colon", "a:b", "ends with colon:", "#hash", "a #comment", "a#b", "---", "--- x", "- item", "? key", "[x]",
  "{x}", "a, b", "*ref", "&anchor", "!tag", "|", ">", "@at", "`tick`", "%pct", "'single'", "\"double\"", "it's", "a'b''c",
  "line\nbreak", "trailing\n", "\nleading", "cr\rhere", "tab\there", "nbsp\u00a0here", "Småprat", "naïve", "emoji 😀",
  "bom\ufeff", "sep\u2028here", "x".repeat(1100), "back\\slash", "https://example.com/a?b=c#d", "TopoSAE: \"Quoted\" & 'quotes'",
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }));
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 0.5, 13.33, 1e21, 1e-7, 2 ** 53));
const scalar = fc.oneof(hostileString, number, fc.boolean(), fc.constant(null));
const key = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/), weight: 6 },
  { arbitrary: fc.constantFrom("a b", "yes", "null", "0", "x:y", "__proto__", "constructor"), weight: 1 },
  { arbitrary: hostileString, weight: 1 },
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("list"), tie("map")),
  list: fc.array(tie("node"), { maxLength: 4 }),
  map: fc.dictionary(key, tie("node"), { maxKeys: 4 }),
})).node;
const mapping = fc.dictionary(key, value, { maxKeys: 6 });

/** Data shaped like a record: field names for keys, printable ASCII, numbers to two decimals. */
const field = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/).filter((k) => !/^(?:y|n|yes|no|on|off|null|true|false)$/i.test(k));
const recordScalar = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE.filter((s) => /^[\x20-\x7e]*$/.test(s))), fc.integer().map((n) => n / 100), fc.boolean(), fc.constant(null));
const recordLike = fc.letrec((tie) => ({
  map: fc.dictionary(field, fc.oneof({ depthSize: "small" }, recordScalar, tie("list"), tie("map")), { minKeys: 1, maxKeys: 5 }),
  list: fc.array(fc.oneof(recordScalar, tie("map")), { maxLength: 4 }),
})).map;

describe("canonical YAML writer", () => {
  it("writes what js-yaml writes, or leaves it to js-yaml (fixed seed)", () => {
    fc.assert(
      fc.property(value, (data) => {
        const mine = writeCanonicalYaml(data);
        if (mine !== null) expect(mine).toBe(jsYamlDump(data));
        expect(dumpYaml(data)).toBe(jsYamlDump(data));
      }),
      { seed: 20261123, numRuns: 3000 },
    );
  });

  it("writes every hostile string itself when it fits on one line, as js-yaml would", () => {
    for (const s of HOSTILE) {
      const data = { title: s, terms: [s, { term: s }] };
      const mine = writeCanonicalYaml(data);
      if (s.includes("\n")) expect(mine).toBeNull();
      else expect(mine, JSON.stringify(s)).toBe(jsYamlDump(data));
      // As a key: the same, except that js-yaml writes a key over 1024 characters as "? key".
      const asKey = writeCanonicalYaml({ [s]: 1 });
      expect(asKey === null ? s.includes("\n") || s.length > 1024 : asKey === jsYamlDump({ [s]: 1 }), JSON.stringify(s)).toBe(true);
    }
  });

  it("writes every paper record of the catalog itself", () => {
    for (const p of readPapers()) expect(writeCanonicalYaml(p)).toBe(jsYamlDump(p));
  });
});

describe("canonical YAML reader", () => {
  it("reads what the writer writes for record-like data, as js-yaml reads it (fixed seed)", () => {
    fc.assert(
      fc.property(recordLike, (data) => {
        const text = writeCanonicalYaml(data)!;
        expect(readCanonicalYaml(text)).toEqual(data);
        expect(readCanonicalYaml(text)).toEqual(jsYamlLoad(text));
      }),
      { seed: 20261124, numRuns: 2000 },
    );
  });

  it("reads any other written data as js-yaml reads it, or leaves it to js-yaml (fixed seed)", () => {
    fc.assert(
      fc.property(mapping, (data) => {
        const text = writeCanonicalYaml(data);
        const back = text === null ? null : readCanonicalYaml(text);
        if (back !== null) expect(back).toEqual(jsYamlLoad(text!));
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });

  it("reads every paper record of the catalog without falling back", () => {
    for (const p of readPapers()) expect(readCanonicalYaml(jsYamlDump(p))).toEqual(jsYamlLoad(jsYamlDump(p)));
  });

  it("returns null for any text the writer would not write, and never differs from js-yaml (fixed seed)", () => {
    const base = jsYamlDump(readPapers()[0]);
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      cut: fc.nat({ max: 3 }),
      insert: fc.oneof(fc.constantFrom(" ", "  ", "\n", "\t", "-", "- ", ":", ": ", "'", "''", "\"", "#", "{}", "[]", "0", "~", "&a ", "*a", "!!str "), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = base;
        for (const e of edits) text = text.slice(0, Math.min(e.at, text.length)) + e.insert + text.slice(Math.min(e.at, text.length) + e.cut);
        const read = readCanonicalYaml(text);
        if (read === null) return;
        expect(writeCanonicalYaml(read)).toBe(text);
        expect(read).toEqual(jsYamlLoad(text));
      }),
      { seed: 20261125, numRuns: 3000 },
    );
  });

  it("leaves hand-written YAML to js-yaml: comments, flow style, other quoting, anchors", () => {
    for (const text of [
      "id: a # note\n",
      "terms: [a, b]\n",
      'title: "double"\n',
      "title: 'x'\n# trailing comment\n",
      "a: &x 1\nb: *x\n",
      "id: a\nid: b\n",
      "title: |\n  block\n",
      "n: 1.0\n",
      "n: 0x10\n",
      "- a\n",
      "__proto__: {}\n",
      "id: a",
    ]) {
      expect(readCanonicalYaml(text), JSON.stringify(text)).toBeNull();
    }
  });
});
