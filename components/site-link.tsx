import type { ComponentProps } from "react";
import { withBase } from "@/lib/site";

/**
 * Every internal link: a plain <a> to the page's static HTML, with the base path added. The
 * catalog is static pages, so following a link (or Back/Forward) loads the next page's HTML; no
 * client-side navigation, so no page ever requests the RSC payload files (.txt) and the build
 * removes them (scripts/prune-export.ts).
 */
export function SiteLink({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return <a href={withBase(href)} {...props} />;
}
