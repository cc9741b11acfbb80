import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Every internal link. next/link adds the base path; prefetching is off because a topic page
 * holds up to 50 paper links and a reader follows one or two of them.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link prefetch={false} {...props} />;
}
