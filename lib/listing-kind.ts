// What a listing is, and the name a reader knows it by: "Daily Papers, 6 Nov 2025",
// "Search results, 18 Mar", "Collection: Large Language Model". The ingest records the kind (it sees
// the parsed entries); pages name the listing from its kind, heading, page date and year. The file
// name stays a detail: "003_dfa28e4aaa454a61.txt" tells a reader nothing.
import { MONTHS } from "./format";
import type { ParsedListing } from "./listing-parser";
import type { Listing, ListingKind } from "./schema";

/**
 * A collection when the page printed a heading above its entries; a daily-papers feed when its
 * entries carry author counts, dates and upvotes; abstracts alone when no entry has a title;
 * otherwise a titled list without per-entry facts, which is what a papers search page gives.
 */
export function listingKind(listing: Pick<ParsedListing, "heading" | "entries">): ListingKind {
  if (listing.heading !== null) return "collection";
  if (listing.entries.some((e) => e.metadataLine !== null)) return "daily";
  if (listing.entries.length > 0 && listing.entries.every((e) => e.title === null)) return "abstracts";
  return "search";
}

/** "Nov 6" and 2025 -> "6 Nov 2025"; "Mar 18" without a year -> "18 Mar"; anything else as printed. */
export function pageDateLabel(pageDate: string, year: number | null): string {
  const m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})$/.exec(pageDate.trim());
  const month = m ? MONTHS.findIndex((x) => x.toLowerCase() === m[1]!.toLowerCase()) : -1;
  const day = month < 0 ? pageDate.trim() : `${Number(m![2])} ${MONTHS[month]}`;
  return year === null ? day : `${day} ${year}`;
}

const KIND_NAMES: Record<ListingKind, string> = {
  daily: "Daily Papers",
  search: "Search results",
  collection: "Collection",
  abstracts: "Abstracts without titles",
};

/** The listing's human name. */
export function listingName(l: Pick<Listing, "kind" | "heading" | "pageDate" | "year">): string {
  if (l.kind === "collection" && l.heading !== null) return `${KIND_NAMES.collection}: ${l.heading}`;
  return l.pageDate ? `${KIND_NAMES[l.kind]}, ${pageDateLabel(l.pageDate, l.year)}` : KIND_NAMES[l.kind];
}
