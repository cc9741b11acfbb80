"use client";
import { useCopy } from "@/components/copy-button";


/**
 * "Copy link" puts the paper's permanent URL on the clipboard; "Show link" opens the URL itself,
 * selectable, and works without JavaScript. The copy button is in the HTML from the start, so its
 * appearance shifts nothing; without JavaScript a <noscript> style hides it. The URL opens under
 * the actions row (the nearest positioned ancestor), as wide as the row.
 */
export function CopyLink({ url }: { url: string }) {
  // The button is rendered before JavaScript runs (see above), so `ready` is not needed here.
  const { state, copy } = useCopy(url);

  return (
    <>
      <noscript>
        <style>{"[data-copy-link]{display:none!important}"}</style>
      </noscript>
      <button type="button" onClick={copy} data-copy-link className="btn">
        {state === "copied" ? "Link copied" : "Copy link"}
      </button>
      <details className="group">
        <summary className="btn btn-sum">
          <span className="group-open:hidden">Show link</span>
          <span className="hidden group-open:inline">Hide link</span>
        </summary>
        <div className="pop">
          <p className="font-medium">Permanent link</p>
          <a href={url} className="lnk mt-1 block break-all font-mono" data-permalink>
            {url}
          </a>
        </div>
      </details>
      <span role="status" className="sr-only">
        {state === "copied" ? "Link copied" : state === "failed" ? "Could not copy: use Show link and select it" : ""}
      </span>
    </>
  );
}
