// The footer every page has.
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
