import type { Segment } from "@/lib/search/snippet";

/**
 * Text with matched words in <mark>: built from text nodes, never from HTML. Unmatched text is a
 * bare text node, not an element: results are rebuilt on every keystroke.
 */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-400/25 dark:text-stone-50">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
