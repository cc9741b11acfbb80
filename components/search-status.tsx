import { searchPath } from "@/lib/routes";
import { withBase } from "@/lib/site";

export type Searched = {
  q: string;
  /** Papers matching every part of the query, and papers matching some, after the filters. */
  complete: number;
  partial: number;
  unfinished: boolean;
  corrections: { from: string; to: string }[];
  expansions: { long: string; short: string }[];
  /** Query words in most papers that a match need not hold (see COMMON_SHARE). */
  notRequired?: string[];
  /** How many parts the query has: the papers that match only some of one part hold a related word or topic. */
  parts: number;
};

/**
 * What papers matching only in part hold: some of the query's words, or, for a query of one word,
 * a word related to it ("distill" for "distillation") or the topic it names. `partialMatch` follows
 * "N more match", `partialPapers` follows "papers" (a heading, the header box's last row).
 */
export const partialMatch = (parts: number): string => (parts === 1 ? "a related word or topic" : "some of the words");
export const partialPapers = (parts: number): string => `${parts === 1 ? "with" : "matching"} ${partialMatch(parts)}`;

/** What the status line says: how many papers match all the words, or why there is no count yet. */
export function statusText(error: string | null, searched: Searched | null, q: string): string {
  if (error) return `Search is unavailable: ${error}`;
  if (!searched) return q ? "Searching…" : "Type to search every title and abstract.";
  const { complete, partial } = searched;
  if (complete + partial === 0 && searched.unfinished) return "Keep typing…";
  const all = `${complete} ${complete === 1 ? "paper matches" : "papers match"} “${searched.q}”`;
  return partial > 0 ? `${all}; ${partial} more ${partial === 1 ? "matches" : "match"} ${partialMatch(searched.parts)}` : all;
}

/** The query with each corrected word quoted, so it is searched exactly as typed. */
function asTyped(q: string, corrections: Searched["corrections"]): string {
  let out = q;
  for (const { from } of corrections) out = out.replace(new RegExp(`(^|[^\\p{L}\\p{N}"])(${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?=$|[^\\p{L}\\p{N}])`, "iu"), `$1"$2"`);
  return out;
}

/**
 * "Showing results for quantization (from quantizaton)" with a link that searches the text as
 * typed, "Also matched: sparse autoencoder (SAE)" when an acronym was expanded, and "Not required:
 * language, models (in most papers)" when a match need not hold the query's commonest words.
 */
export function SearchedFor({ searched }: { searched: Searched }) {
  const { corrections, expansions } = searched;
  const notRequired = searched.notRequired ?? [];
  if (corrections.length === 0 && expansions.length === 0 && notRequired.length === 0) return null;
  return (
    <div className="mt-1 space-y-1 text-sm text-stone-700 dark:text-stone-300" data-searched-for>
      {corrections.length > 0 && (
        <p>
          Showing results for{" "}
          {corrections.map((c, i) => (
            <span key={c.from}>
              {i > 0 && ", "}
              <strong>{c.to}</strong> (from {c.from})
            </span>
          ))}
          .{" "}
          {/* A full load: the search page reads its query from the URL as it starts. */}
          <a href={`${withBase(searchPath())}?q=${encodeURIComponent(asTyped(searched.q, corrections)).replace(/%20/g, "+")}`} className="text-indigo-800 underline dark:text-indigo-300">
            Search for “{asTyped(searched.q, corrections)}” instead
          </a>
        </p>
      )}
      {expansions.length > 0 && <p>Also matched: {expansions.map((e) => `${e.long} (${e.short})`).join(", ")}</p>}
      {notRequired.length > 0 && <p data-not-required>Not required: {notRequired.join(", ")} (in most papers)</p>}
    </div>
  );
}
