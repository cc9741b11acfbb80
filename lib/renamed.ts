// Where an address that was renamed leads in the end. content/published.jsonl records, once, the
// listing or topic a gone address became (`renamedTo`); that one may have been renamed in turn.
import type { PublishedEntry } from "./schema";

/**
 * The last id of the renames recorded from `id` (`pathOf` gives an id's first page, the key of
 * `published`); undefined if it was never renamed.
 */
export function renamedEnd(id: string, pathOf: (id: string) => string, published: ReadonlyMap<string, PublishedEntry>): string | undefined {
  const seen = new Set<string>([id]);
  let end: string | undefined;
  for (let at = published.get(pathOf(id)); at?.renamedTo !== undefined && !seen.has(at.renamedTo); at = published.get(pathOf(at.renamedTo))) {
    seen.add(at.renamedTo);
    end = at.renamedTo;
  }
  return end;
}
