import type { MetadataRoute } from "next";
import { catalogView } from "@/lib/catalog-view";
import { sitePaths } from "@/lib/site-paths";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page of the site, from the same list the pages' generateStaticParams use. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths(catalogView()).map((path) => ({ url: absoluteUrl(path) }));
}
