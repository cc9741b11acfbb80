// Hydrates the islands of a static page (components/islands.tsx), each as a root of its own, with
// the props its <div data-island> carries. Each entry (components/island-entry*.tsx) passes the
// islands its pages have.
import type { ComponentType } from "react";
import { hydrateRoot } from "react-dom/client";
import type { IslandName } from "@/components/islands";

export function hydrateIslands(components: Partial<Record<IslandName, ComponentType<never>>>) {
  for (const el of document.querySelectorAll<HTMLElement>("[data-island]")) {
    const Component = components[el.dataset.island as IslandName] as ComponentType<Record<string, unknown>> | undefined;
    if (Component === undefined) continue;
    // One island that cannot start leaves the others working (and its own HTML as it is).
    try {
      const props = el.dataset.props ? (JSON.parse(el.dataset.props) as Record<string, unknown>) : {};
      hydrateRoot(el, <Component {...props} />);
    } catch (e) {
      console.error(`island ${el.dataset.island}:`, e);
    }
  }
}
