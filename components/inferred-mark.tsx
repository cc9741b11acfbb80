/** The visible marker on a title the ingest derived from the abstract (no listing gave one). */
export function InferredMark() {
  return (
    <span className="inferred">
      inferred title
    </span>
  );
}
