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
      className="tip"
    >
      {children}
    </span>
  );
}
