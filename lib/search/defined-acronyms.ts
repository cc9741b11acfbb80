// Acronyms a catalog defines in its own abstracts ("masked diffusion models (MDMs)"), beside the ones
// content/acronyms.json lists: a catalog that grows by thousands of papers a year meets acronyms no
// curator listed, and a paper that writes only "MDM" is one a search for "masked diffusion models"
// should find. Only unambiguous definitions are kept: every paper that defines the acronym spells it
// out the same way, its letters are the initials of the words before it, and it is not also a word
// the papers write in lower case ("gem", "scar").
import type { Acronyms } from "../schema";

type Acronym = Acronyms["acronyms"][number];

/** "(MDM)", "(MDMs)", "(ChEF)": three to eight capitals, maybe lower-case letters between, maybe a plural s. */
const DEFINITION = /\(([A-Z][A-Za-z]{1,9}?)(s?)\)/g;
/** Words that an acronym's letters skip: "mixture of experts" is MoE. */
const SKIPPED = new Set(["of", "the", "and", "for", "in", "to", "a", "an", "with", "on", "by", "via"]);
/** At most this many defined acronyms go into the index: the manifest that holds them loads before any search. */
export const MAX_DEFINED_ACRONYMS = 1000;

/** The long form the words before a definition spell, or null: their initials must be the capitals. */
function longForm(before: string, capitals: string): string | null {
  // Words as written, a hyphenated word as its parts ("feed-forward network" is FFN) or whole.
  const words = (before.match(/[A-Za-z][A-Za-z-]*/g) ?? []).slice(-capitals.length - 4);
  for (const split of [true, false]) {
    const parts = split ? words.flatMap((w) => w.split("-").filter(Boolean)) : words;
    for (let k = capitals.length; k <= Math.min(parts.length, capitals.length + 3); k++) {
      const cand = parts.slice(-k);
      if (SKIPPED.has(cand[0]!.toLowerCase())) continue;
      const initials = cand.filter((w) => !SKIPPED.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase());
      if (initials.join("") === capitals) return cand.join(" ").toLowerCase();
    }
  }
  return null;
}

/**
 * The acronyms `abstracts` define that `curated` does not list (by short form or long form), each
 * used by at least two papers (defined or written), commonest first, at most MAX_DEFINED_ACRONYMS.
 */
export function definedAcronyms(abstracts: readonly string[], curated: readonly Acronym[]): Acronym[] {
  const longs = new Map<string, Set<string>>();
  const definers = new Map<string, number>();
  for (const text of abstracts) {
    const here = new Set<string>();
    for (const m of text.matchAll(DEFINITION)) {
      const short = m[1]!;
      const capitals = short.replace(/[^A-Z]/g, "");
      if (capitals.length < 3 || capitals.length > 8) continue;
      let long = longForm(text.slice(Math.max(0, m.index! - 200), m.index!), capitals);
      if (long === null) continue;
      if (m[2] === "s") long = long.replace(/s$/, "");
      (longs.get(short) ?? longs.set(short, new Set()).get(short)!).add(long);
      here.add(short);
    }
    for (const short of here) definers.set(short, (definers.get(short) ?? 0) + 1);
  }
  // How many papers write each short form as a word, and which are also lower-case words.
  const used = new Map<string, number>();
  const lower = new Set<string>();
  const candidates = new Set(longs.keys());
  const lowered = new Set([...candidates].map((s) => s.toLowerCase()));
  for (const text of abstracts) {
    const here = new Set<string>();
    for (const w of text.match(/[A-Za-z]+/g) ?? []) {
      const bare = w.endsWith("s") && candidates.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
      if (candidates.has(bare)) here.add(bare);
      else if (w === w.toLowerCase() && lowered.has(w)) lower.add(w);
    }
    for (const s of here) used.set(s, (used.get(s) ?? 0) + 1);
  }
  const listedShort = new Set(curated.map((a) => a.short.toLowerCase()));
  const listedLong = new Set(curated.flatMap((a) => a.long.map((l) => l.toLowerCase())));
  return [...longs]
    .filter(([short, forms]) => forms.size === 1 && !listedShort.has(short.toLowerCase()) && !listedLong.has([...forms][0]!) && !lower.has(short.toLowerCase()))
    .map(([short, forms]) => ({ short, long: [...forms], papers: Math.max(used.get(short) ?? 0, definers.get(short) ?? 0) }))
    .filter((a) => a.papers >= 2)
    .sort((a, b) => b.papers - a.papers || (a.short < b.short ? -1 : a.short > b.short ? 1 : 0))
    .slice(0, MAX_DEFINED_ACRONYMS)
    .sort((a, b) => (a.short < b.short ? -1 : a.short > b.short ? 1 : 0))
    .map(({ short, long }) => ({ short, long }));
}
