"use client";
import { useCopy } from "@/components/copy-button";

/**
 * A button that copies the paper's permalink. It only appears once JavaScript runs; without it
 * the permalink shown beside it is the way to copy.
 */
export function CopyPermalink({ url }: { url: string }) {
  const { ready, state, copy } = useCopy(url);

  return (
    <>
      {ready && (
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:border-indigo-700 hover:text-indigo-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-indigo-300 dark:hover:text-indigo-300"
        >
          Copy permalink
        </button>
      )}
      <span role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {state === "copied" ? "Permalink copied" : state === "failed" ? "Could not copy: select the link instead" : ""}
      </span>
    </>
  );
}
