// The interactive parts of otherwise static pages. Every page is served as plain HTML
// (scripts/static-pages.ts removes Next's runtime and the page's RSC payload from it), and these few
// components come alive on their own: the page's island entry (components/island-entry*.tsx)
// hydrates each <div data-island> with the component it names and the props it carries. Under
// `npm run dev` Next hydrates every page as usual, and there the wrapper is just a div.
import type { ComponentProps, ComponentType } from "react";
import { CopyButton } from "@/components/copy-button";
import { CopyLink } from "@/components/copy-link";
import { SearchBox } from "@/components/search-box";
import { SearchPage } from "@/components/search-page";

export const ISLANDS = { CopyButton, CopyLink, SearchBox, SearchPage } as const;
export type IslandName = keyof typeof ISLANDS;

/** Renders ISLANDS[name] with `props`, inside a box (display: contents) that says how to hydrate it. */
export function Island<N extends IslandName>({ name, props }: { name: N; props: ComponentProps<(typeof ISLANDS)[N]> }) {
  const Component = ISLANDS[name] as ComponentType<Record<string, unknown>>;
  const given = props as Record<string, unknown>;
  const data = Object.keys(given).length > 0 ? JSON.stringify(given) : undefined;
  return (
    <div data-island={name} data-props={data} className="contents">
      <Component {...given} />
    </div>
  );
}
