/** The visible marker on a title the ingest derived from the abstract (no listing gave one). */
export function InferredMark() {
  return (
    <span className="ml-2 inline-block rounded border border-amber-700 px-1.5 py-0.5 align-middle font-sans text-xs font-medium tracking-normal text-amber-800 dark:border-amber-400 dark:text-amber-300">
      inferred title
    </span>
  );
}
