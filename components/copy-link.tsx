"use client";
import { useState } from "react";

const chip =
  "inline-flex min-h-9 items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-stone-900 hover:border-indigo-700 hover:text-indigo-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-indigo-300 dark:hover:text-indigo-300";

/**
 * "Copy link" puts the paper's permanent URL on the clipboard; "Show link" opens the URL itself,
 * selectable, and works without JavaScript. The copy button is in the HTML from the start but shows
 * only where scripting is enabled (a CSS media query), so its appearance shifts nothing.
 */
export function CopyLink({ url }: { url: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <button type="button" onClick={copy} className={`${chip} hidden [@media(scripting:enabled)]:inline-flex`}>
        {state === "copied" ? "Link copied" : "Copy link"}
      </button>
      <details className="group relative">
        <summary className={`${chip} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
          <span className="group-open:hidden">Show link</span>
          <span className="hidden group-open:inline">Hide link</span>
        </summary>
        <div className="absolute left-0 z-20 mt-2 w-[min(36rem,calc(100vw-2rem))] rounded-md border border-stone-300 bg-white p-3 text-sm shadow-lg sm:left-auto sm:right-0 dark:border-stone-600 dark:bg-stone-900">
          <p className="font-medium">Permanent link</p>
          <a href={url} className="mt-1 block break-all font-mono text-indigo-700 underline dark:text-indigo-300" data-permalink>
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
