import { EXPORT_FORMATS, EXPORT_LABELS, exportPath, FEED_FORMATS, FEED_LABELS, FEED_TYPES, feedPath } from "@/lib/output-paths";
import { withBase } from "@/lib/site";

/**
 * "Follow: Atom · RSS · JSON Feed", and "Download: JSON · CSV · BibTeX", of the whole catalog or of
 * one topic. Plain <a> elements: these are files, not pages for the client router.
 */
export function FeedLinks({ topic, label = "Follow", downloads = true }: { topic?: string; label?: string; downloads?: boolean }) {
  return (
    // Link styles set once on the list rather than repeated on each of its nine links.
    <p className="feeds" data-feed-links={topic ?? "catalog"}>
      <span className="feed-label">{label}:</span>
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
