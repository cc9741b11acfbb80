import type { ReactNode } from "react";

/** A titled section of a page; the id ties the heading to the region for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="sec-h">
        {title}
      </h2>
      {children}
    </section>
  );
}
