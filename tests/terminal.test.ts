import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { keyProblems, parseStrictJson } from "@/lib/strict-json";
import { clip, describeFsError, problemReport, safe, writeFileNamed } from "@/lib/terminal";
import { correctionProblems, nearest, waitingReason } from "@/lib/corrections-check";
import { decodeText } from "@/lib/text-hygiene";
import fc from "fast-check";

/** The error a real file system call throws. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to throw");
}

describe("what the terminal is shown", () => {
  it("escapes control, bidi and line-separator characters, and nothing else", () => {
    expect(safe("a\u001b[31mb\nc\rd\u0085e\u202ef\u2028g\u00e9\u4e2d")).toBe("a\\x1b[31mb\\x0ac\\x0dd\\x85e\\u202ef\\u2028g\u00e9\u4e2d");
  });

  it("clips after escaping, so an escape is never cut", () => {
    expect(clip("\u001b".repeat(30), 12)).toBe("\\x1b\\x1b...");
    expect(clip("short")).toBe("short");
  });

  it("prints at most 50 problems, then how many were left out", () => {
    const lines = problemReport(Array.from({ length: 10_485 }, (_, i) => `p${i}`));
    expect(lines).toHaveLength(51);
    expect(lines.at(-2)).toBe("p49");
    expect(lines.at(-1)).toBe("... and 10435 more problems (the first 50 are shown)");
    expect(problemReport(["one"])).toEqual(["one"]);
  });

  it("names the file of a file system error in plain words", () => {
    expect(describeFsError(thrown(() => readFileSync("/nonexistent/x.txt")))).toBe("/nonexistent/x.txt: does not exist (a dangling symbolic link, or removed while the ingest ran)");
    expect(describeFsError(thrown(() => readFileSync("/")))).toBeNull(); // EISDIR from read carries no path
    expect(describeFsError(new Error("plain"))).toBeNull();
  });

  it.runIf(existsSync("/dev/full"))("says a full disk is full (ENOSPC from /dev/full)", () => {
    expect(describeFsError(thrown(() => writeFileNamed("/dev/full", "x")), (f) => `shown:${f}`)).toBe("shown:/dev/full: cannot be written: the disk is full");
    // Node's own error from a write names no file: that is why the ingest writes through writeFileNamed.
    expect(describeFsError(thrown(() => writeFileSync("/dev/full", "x")))).toBeNull();
  });
});

describe("strict JSON", () => {
  it("finds duplicate keys at any depth, with both lines, and not across objects or arrays", () => {
    const text = '{\n "a": {"x": 1, "y": 2},\n "b": [{"x": 1}, {"x": 2}],\n "a": {"x": 1,\n "x": 3}\n}';
    expect(keyProblems(text)).toEqual([
      { line: 4, message: 'the key "a" appears twice (first on line 2); JSON would keep only the last one, so remove one' },
      { line: 5, message: 'the key "a.x" appears twice (first on line 4); JSON would keep only the last one, so remove one' },
    ]);
  });

  it("reads keys with escapes and quotes inside strings", () => {
    expect(keyProblems('{"a\\"b": "}{,:\\"", "a\\u0022b": 1}')).toEqual([
      { line: 1, message: 'the key "a"b" appears twice (first on line 1); JSON would keep only the last one, so remove one' },
    ]);
  });

  it("refuses prototype keys however they are spelled", () => {
    expect(parseStrictJson('{"papers": {"\\u005f_proto__": {}}}')).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'the key "papers.__proto__" is not allowed: "__proto__" is never a name in this file' }],
    });
  });

  it("accepts a byte order mark and gives a syntax error its line", () => {
    expect(parseStrictJson('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    const bad = parseStrictJson('{\n"a": 1,\n}');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0]!.line).toBe(3);
  });

  it("finds no problem in any JSON without repeated or prototype keys (property)", () => {
    const key = fc.string({ maxLength: 6 }).filter((k) => !["__proto__", "constructor", "prototype"].includes(k));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 0 }), fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe("text encodings", () => {
  it("reads UTF-8 and names UTF-16, NUL bytes and invalid UTF-8", () => {
    expect(decodeText(Buffer.from("\ufeffh\u00e9"))).toEqual({ text: "\ufeffh\u00e9" });
    expect(decodeText(Buffer.from("\ufeff{}", "utf16le"))).toEqual({ problem: "is UTF-16 text; save it as UTF-8" });
    expect(decodeText(Buffer.from('{"papers": {}}', "utf16le"))).toEqual({ problem: "is UTF-16 text; save it as UTF-8" });
    expect(decodeText(Buffer.from([0x61, 0, 0x62, 0x63]))).toEqual({ problem: "contains a NUL byte: not a text file" });
    expect(decodeText(Buffer.from([0x61, 0xff]))).toEqual({ problem: "is not valid UTF-8 text; save it as UTF-8" });
  });
});

describe("the nearest id", () => {
  it("suggests a close id and nothing for a far one", () => {
    const ids = ["toposae-topology-aware-sparse-autoencoders", "quickquant-2-bit-quantization-without-calibration"];
    expect(nearest("toposae-topology-aware-sparse-autoencoder", ids)).toBe(ids[0]);
    expect(nearest("quickquant-2bit-quantisation-without-calibration", ids)).toBe(ids[1]);
    expect(nearest("something-else-entirely", ids)).toBeNull();
  });
});

describe("corrections of retired ids", () => {
  const ledger = [
    { id: "old-copy", seq: 2, status: "merged" as const, into: "live-paper", title: "Old", fp: "a", words: 1, sig: "" },
    { id: "gone-paper", seq: 3, status: "removed" as const, removedOn: "2026-11-30", title: "Gone", fp: "b", words: 1, sig: "" },
  ];

  it("stop nothing: only an id never issued is an error, with the nearest id", () => {
    const corrections = { papers: { "old-copy": { note: "x" }, "gone-paper": { note: "y" }, "live-papr": { note: "z" } } };
    expect(correctionProblems(corrections, ["live-paper"], [], ledger)).toEqual(['content/corrections.json: papers.live-papr: no paper has this id; did you mean "live-paper"?']);
  });

  it("say where the paper went, and that the correction waits", () => {
    expect(waitingReason(ledger[0]!)).toBe('this id was merged into "live-paper"; the correction applies to nothing until it is keyed by that id');
    expect(waitingReason(ledger[1]!)).toBe("this paper was removed from the catalog on 2026-11-30; the correction waits in case it comes back (drop it if it will not)");
  });
});
