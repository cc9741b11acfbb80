"use client";
// A client component with no data: its markup ships once in the JavaScript rather than in every
// page's RSC payload (the root layout's part of it is repeated on every page).
import { FeedLinks } from "@/components/feed-links";
import { SiteLink } from "@/components/site-link";
import { sourcesPath, topicsPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="ftr">
      <div className="ftr-in">
        <p>{SITE_NAME}: abstracts as they were listed, each linked to the listing it came from.</p>
        <p className="flex gap-4">
          <SiteLink href={topicsPath()} className="qlnk">
            All topics
          </SiteLink>
          <SiteLink href={sourcesPath()} className="qlnk">
            All sources
          </SiteLink>
        </p>
        <div className="w-full">
          <FeedLinks label="Follow the catalog" />
        </div>
      </div>
    </footer>
  );
}
