import type { ReactNode } from "react";

/**
 * A short note that shows on hover or keyboard focus of the element it belongs to (the nearest
 * `group` ancestor), tied to it with aria-describedby. Absolutely placed: showing it moves nothing.
 */
export function WhyTip({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span
      role="tooltip"
      id={id}
      className="pointer-events-none absolute left-0 top-full z-20 mt-1 hidden w-max max-w-[min(22rem,80vw)] rounded-md bg-stone-900 px-2.5 py-1.5 text-left text-xs font-normal leading-snug text-white shadow-lg group-focus-within:block group-hover:block dark:bg-stone-100 dark:text-stone-900"
    >
      {children}
    </span>
  );
}
