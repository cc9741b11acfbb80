import { MONTHS } from "@/lib/format";
import type { SourceLocation } from "@/lib/catalog-view";
import type { PaperRecord } from "@/lib/schema";

/**
 * Where a date with an inferred year came from, said plainly: which listing printed the day and
 * month, and whose year it is. Nothing for a date printed with its year.
 */
export function DateNote({ paper, locations }: { paper: PaperRecord; locations: SourceLocation[] }) {
  if (!paper.dateInferred || !paper.date) return null;
  const [year, month, day] = paper.date.split("-").map(Number);
  const from = locations.find((l) => l.source.year === year) ?? locations.find((l) => l.source.year !== null);
  const printed = `${MONTHS[month! - 1]} ${day}`;
  return (
    <p className="mt-1 max-w-3xl text-sm text-stone-600 dark:text-stone-400">
      {from ? <>{from.source.name} printed this date as “{printed}”, without a year; {year} is the year of that listing.</> : <>The listing printed this date as “{printed}”, without a year; {year} is the year of that listing.</>}
    </p>
  );
}
