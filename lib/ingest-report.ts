// What the ingest tells the curator, at any size of catalog: warnings counted by kind with the
// first few of each (all of them with --verbose), and for each topic over its share and for the
// unsorted papers, what to do about it, with candidate new topics (lib/topic-suggestions.ts).
// Pure: the ingest script prints the lines.
import type { PaperRecord, TopicRecord } from "./schema";
import { suggestTopics, type TopicSuggestion } from "./topic-suggestions";
import { MAX_TOPIC_SHARE, topicCap, UNSORTED } from "./topics";

/**
 * The kinds of warning the catalog and the ingest give, recognised by their wording (each pattern
 * is checked against the message it stands for in tests/ingest-report.test.ts). A warning of no
 * known kind is still counted and shown, under "other warnings".
 */
export const WARNING_KINDS: { id: string; label: (n: number) => string; test: RegExp }[] = [
  { id: "unsorted", label: (n) => `${plural(n, "paper")} ${n === 1 ? "matches" : "match"} no topic and went to ${UNSORTED}`, test: /: ".*" matches no topic; put in /s },
  { id: "oversized-topic", label: (n) => `${plural(n, "topic")} over ${MAX_TOPIC_SHARE * 100}% of the papers`, test: /^topic \S+ holds \d+ of \d+ papers, more than/ },
  { id: "small-topic", label: (n) => `${plural(n, "topic")} with too few papers`, test: /^topic \S+ holds \d+ papers, fewer than/ },
  { id: "date-without-year", label: (n) => `${plural(n, "date")} without a year to infer`, test: /: date has no year and the listing prints none/ },
  { id: "leap-day", label: (n) => `${plural(n, "yearless Feb 29 date")} in a listing whose year has none`, test: /: date Feb 29 has no year, and \d+, the year inferred/ },
  { id: "ids-differ", label: (n) => `${plural(n, "paper")} whose copies name different arXiv ids or DOIs`, test: /: copies name different (?:arXiv ids|DOIs) \(/ },
  { id: "copies-differ", label: (n) => `${plural(n, "paper")} whose copies differ in their abstract`, test: /: copies of ".*" differ \(/s },
  { id: "titles-differ", label: (n) => `${plural(n, "paper")} whose copies differ in their title`, test: /: copies list the title differently/ },
  { id: "authors-differ", label: (n) => `${plural(n, "paper")} whose copies differ in their author count`, test: /: copies give .* authors; kept the largest/ },
  { id: "dates-differ", label: (n) => `${plural(n, "paper")} whose copies differ in their date`, test: /: copies give different dates/ },
  { id: "correction-unknown-paper", label: (n) => `${plural(n, "correction")} for no paper`, test: /^content\/corrections\.json: papers\.[^:]+: no paper has this id/ },
  { id: "correction-retired-paper", label: (n) => `${plural(n, "correction")} waiting for a paper no longer listed`, test: /^content\/corrections\.json: papers\.[^:]+: this (?:paper was removed|id was merged)/ },
  { id: "correction-renamed-topic", label: (n) => `${plural(n, "correction")} naming a topic by its former id`, test: /^content\/corrections\.json: papers\..+\.topics: "[^"]+" is now "[^"]+" \(formerly\)/ },
  { id: "correction-unknown-topic", label: (n) => `${plural(n, "correction")} naming an unknown topic`, test: /^content\/corrections\.json: papers\..+\.topics: unknown topic/ },
  { id: "address-reused", label: (n) => `${plural(n, "listing")} taking the address of a listing that moved`, test: /^content\/sources\/[^:]+: takes the address \/sources\/[^/]+\/ of the listing/ },
  { id: "topic-id-reused", label: (n) => `${plural(n, "topic")} taking the id of a topic that was renamed`, test: /^content\/topics\/[^:]+: takes the id of a topic that became / },
  { id: "invalid-records", label: () => "content/papers/ had invalid records", test: /^content\/papers\/ has invalid records/ },
];

export type WarningGroup = { kind: string; label: string; warnings: string[] };

export type OversizedTopic = {
  id: string;
  papers: number;
  total: number;
  cap: number;
  /** Its papers that have no other topic: the ingest cannot take the topic from them. */
  alone: number;
  suggestions: TopicSuggestion[];
};

export type IngestReport = {
  warnings: number;
  groups: WarningGroup[];
  oversized: OversizedTopic[];
  unsorted: { papers: number; suggestions: TopicSuggestion[] } | null;
};

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

/** Warnings grouped by kind, kinds in the order of WARNING_KINDS, unknown ones last. */
export function groupWarnings(warnings: string[]): WarningGroup[] {
  const byKind = new Map<string, string[]>();
  for (const w of warnings) {
    const kind = WARNING_KINDS.find((k) => k.test.test(w))?.id ?? "other";
    byKind.set(kind, [...(byKind.get(kind) ?? []), w]);
  }
  const order = [...WARNING_KINDS.map((k) => k.id), "other"];
  return [...byKind]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([kind, list]) => ({ kind, label: WARNING_KINDS.find((k) => k.id === kind)?.label(list.length) ?? plural(list.length, "other warning"), warnings: list }));
}

/**
 * The report for one ingest: its warnings by kind, and for the unsorted papers and every topic
 * over its share, phrases those papers share that could make a new topic.
 */
export function analyseIngest(papers: PaperRecord[], topics: TopicRecord[], warnings: string[], options: { suggestions?: number } = {}): IngestReport {
  const max = options.suggestions ?? 10;
  const existingTerms = topics.flatMap((t) => t.terms.map((x) => x.term));
  const cap = topicCap(papers.length);
  const oversized: OversizedTopic[] = [];
  for (const t of topics) {
    const members = papers.filter((p) => p.topics.some((a) => a.id === t.id));
    if (members.length <= cap) continue;
    oversized.push({
      id: t.id,
      papers: members.length,
      total: papers.length,
      cap,
      alone: members.filter((p) => p.topics.length === 1).length,
      suggestions: suggestTopics(members, papers, { max, existingTerms }),
    });
  }
  const unsortedPapers = papers.filter((p) => p.topics.some((a) => a.id === UNSORTED));
  const unsorted = unsortedPapers.length === 0 ? null : { papers: unsortedPapers.length, suggestions: suggestTopics(unsortedPapers, papers, { max, existingTerms }) };
  return { warnings: warnings.length, groups: groupWarnings(warnings), oversized, unsorted };
}

/** Most lines the short report prints; the ingest's own summary comes on top. */
export const MAX_REPORT_LINES = 36;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 3)}...` : s);
const firstLine = (s: string) => s.split("\n")[0]!;
const percent = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;

function suggestionLines(all: TopicSuggestion[], shown: number, of: string, examples: number, width: number): string[] {
  const list = all.slice(0, shown);
  if (shown === 0) return [];
  if (list.length === 0) return [`    (no phrase is shared by enough of ${of} to suggest a topic)`];
  const w = Math.max(...list.map((s) => s.phrase.length)) + 2;
  return list.map((s) => {
    const eg = s.examples.slice(0, examples).map((e) => `"${clip(e.title, width)}"`).join("; ");
    return `    ${`"${s.phrase}"`.padEnd(w)} ${s.papers.toLocaleString("en")} of ${of} (${percent(s.share)}), ${s.catalog.toLocaleString("en")} in the catalog${eg ? `; e.g. ${eg}` : ""}`;
  });
}

function render(report: IngestReport, verbose: boolean, perKind: number, phrases: number, topicsInFull: number): string[] {
  const lines: string[] = [];
  if (report.warnings > 0) {
    lines.push(`warnings: ${report.warnings.toLocaleString("en")} in ${plural(report.groups.length, "kind")}${verbose ? "" : `; the first ${perKind} of each (npm run ingest -- --verbose for all):`}`);
    for (const g of report.groups) {
      lines.push(`  ${g.label}:`);
      const shown = verbose ? g.warnings : g.warnings.slice(0, perKind);
      for (const w of shown) lines.push(`    ${verbose ? w : clip(firstLine(w), 160)}`);
      if (shown.length < g.warnings.length) lines.push(`    ... and ${(g.warnings.length - shown.length).toLocaleString("en")} more`);
    }
  }
  for (const [i, t] of report.oversized.entries()) {
    const over = t.papers - t.cap;
    if (!verbose && i >= topicsInFull) {
      lines.push(`action: topic ${t.id} also holds ${percent(t.papers / t.total)} of the papers (${over.toLocaleString("en")} over the cap): npm run ingest -- --verbose says what to do`);
      continue;
    }
    lines.push(
      `action: topic ${t.id} holds ${t.papers.toLocaleString("en")} of ${t.total.toLocaleString("en")} papers (${percent(t.papers / t.total)}), ${over.toLocaleString("en")} over the ${MAX_TOPIC_SHARE * 100}% cap of ${t.cap.toLocaleString("en")}.`,
      `  ${t.alone.toLocaleString("en")} of its papers have no other topic, so the ingest cannot move them. Split the topic: write content/topics/<new-id>.md`,
      `  with one of these phrases among its terms (or add it to a topic that fits), then run npm run ingest again. Phrases its papers share:`,
      ...suggestionLines(t.suggestions, phrases, "its papers", verbose ? 3 : 2, verbose ? 80 : 40),
    );
  }
  if (report.unsorted) {
    const u = report.unsorted;
    lines.push(
      `unsorted: ${plural(u.papers, "paper")} ${u.papers === 1 ? "matches" : "match"} no topic. To sort them, write content/topics/<new-id>.md with phrases they share:`,
      ...suggestionLines(u.suggestions, phrases, "them", verbose ? 3 : 2, verbose ? 80 : 40),
    );
  }
  return lines;
}

/**
 * The report as lines to print. Short by default: at most MAX_REPORT_LINES whatever the size of
 * the catalog (fewer examples, phrases and topics in full until it fits); `verbose` prints every
 * warning and every suggestion.
 */
export function formatIngestReport(report: IngestReport, options: { verbose?: boolean } = {}): string[] {
  if (options.verbose) return render(report, true, Infinity, Infinity, Infinity);
  const tries: [number, number, number][] = [[3, 5, 2], [2, 5, 1], [2, 4, 1], [1, 4, 1], [1, 3, 1], [1, 2, 1], [0, 2, 1], [0, 1, 1], [0, 1, 0], [0, 0, 0]];
  let lines: string[] = [];
  for (const [perKind, phrases, topicsInFull] of tries) {
    lines = render(report, false, perKind, phrases, topicsInFull);
    if (lines.length <= MAX_REPORT_LINES) return lines;
  }
  return [...lines.slice(0, MAX_REPORT_LINES - 1), `... (${lines.length - MAX_REPORT_LINES + 1} more lines: npm run ingest -- --verbose)`];
}
