import type { ReactNode } from "react";
import { Island } from "@/components/islands";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

/** The document every page shares: skip link, header with the search box, main, footer. */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="shell">
        <a
          href="#main"
          className="skip">
          Skip to content
        </a>
        <SiteHeader search={<Island name="SearchBox" props={{}} />} />
        <main id="main" tabIndex={-1} className="frame">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
