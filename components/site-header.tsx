import type { ReactNode } from "react";
import { SearchForm } from "@/components/search-form";
import { SiteLink } from "@/components/site-link";
import { homePath, sourcesPath, topicsPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

const NAV = [
  { href: topicsPath(), label: "Topics" },
  { href: sourcesPath(), label: "Sources" },
];

/** The site header. `search` replaces the plain search form (the client search box plugs in here). */
export function SiteHeader({ search = <SearchForm /> }: { search?: ReactNode }) {
  return (
    <header className="hdr">
      <div className="hdr-in">
        <SiteLink href={homePath()} className="brand">
          {SITE_NAME}
        </SiteLink>
        <nav aria-label="Main" className="flex gap-5 text-sm font-medium">
          {NAV.map((item) => (
            <SiteLink key={item.href} href={item.href} className="nav-a">
              {item.label}
            </SiteLink>
          ))}
        </nav>
        <div data-site-search className="w-full sm:ml-auto sm:w-auto sm:max-w-sm sm:flex-1">{search}</div>
      </div>
    </header>
  );
}
