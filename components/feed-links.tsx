import { EXPORT_FORMATS, EXPORT_LABELS, exportPath, FEED_FORMATS, FEED_LABELS, FEED_TYPES, feedPath } from "@/lib/output-paths";
import { withBase } from "@/lib/site";

/** The usual feed icon: a dot and two arcs. */
export function FeedIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="inline-block shrink-0 fill-orange-600 dark:fill-orange-400">
      <circle cx="3" cy="13" r="2" />
      <path d="M1 6.5v2a6.5 6.5 0 0 1 6.5 6.5h2A8.5 8.5 0 0 0 1 6.5Z" />
      <path d="M1 1.5v2A11.5 11.5 0 0 1 12.5 15h2A13.5 13.5 0 0 0 1 1.5Z" />
    </svg>
  );
}

/**
 * "Follow: Atom · RSS · JSON Feed", and "Download: JSON · CSV · BibTeX", of the whole catalog or of
 * one topic. Plain <a> elements: these are files, not pages for the client router.
 */
export function FeedLinks({ topic, label = "Follow", downloads = true }: { topic?: string; label?: string; downloads?: boolean }) {
  return (
    // Link styles set once on the list rather than repeated on each of its nine links.
    <p className="feeds" data-feed-links={topic ?? "catalog"}>
      <span className="inline-flex items-center gap-1.5">
        <FeedIcon />
        {label}:
      </span>
      {FEED_FORMATS.map((f) => (
        <a key={f} href={withBase(feedPath(f, topic))} type={FEED_TYPES[f]}>
          {FEED_LABELS[f]}
        </a>
      ))}
      {downloads && (
        <>
          <span aria-hidden="true">·</span>
          <span>Download:</span>
          {EXPORT_FORMATS.map((f) => (
            <a key={f} href={withBase(exportPath(f, topic))} download>
              {EXPORT_LABELS[f]}
            </a>
          ))}
        </>
      )}
    </p>
  );
}
