import type { ReactNode } from "react";
import { SearchBox } from "@/components/search-box";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

/** The document every page shares: skip link, header with the search box, main, footer. */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-indigo-700 px-4 py-2 font-medium text-white focus:not-sr-only focus:absolute focus:left-3 focus:top-3"
        >
          Skip to content
        </a>
        <SiteHeader search={<SearchBox />} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:py-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
