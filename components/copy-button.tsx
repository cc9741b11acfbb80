"use client";
import { useEffect, useState } from "react";

export type CopyState = "idle" | "copied" | "failed";

/** Whether JavaScript runs (the button can appear), the last copy's outcome, and the copy action. */
export function useCopy(text: string | (() => string)): { ready: boolean; state: CopyState; copy: () => Promise<void> } {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => setReady(true), []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(typeof text === "string" ? text : text());
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return { ready, state, copy };
}

/**
 * A button that copies the text of the element with id `source` (a citation shown on the page), so
 * the text is not sent a second time as a prop. It appears once JavaScript runs; without it the
 * text can be selected. The result is announced in a polite live region.
 */
export function CopyButton({ source, label, copied }: { source: string; label: string; copied: string }) {
  const { ready, state, copy } = useCopy(() => document.getElementById(source)?.textContent ?? "");
  return (
    <span className="inline-flex min-h-8 flex-wrap items-center gap-x-2">
      {ready && (
        <button
          type="button"
          onClick={copy}
          className="btn-sm"
        >
          {label}
        </button>
      )}
      <span aria-live="polite" className="soft text-sm">
        {state === "copied" ? copied : state === "failed" ? "Could not copy: select the text instead" : ""}
      </span>
    </span>
  );
}
