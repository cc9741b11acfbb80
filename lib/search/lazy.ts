// The search engine for components, loaded the first time anyone searches: the engine, the stemmer
// and the index stay out of every page's bundle. Later calls get the same promise, already settled,
// so a keystroke whose index files are loaded awaits only microtasks (no module lookup, no task).
import type { SearchEngine } from "./engine";
import { BASE_PATH } from "../site";

let opened: Promise<SearchEngine> | null = null;

export function openSearch(): Promise<SearchEngine> {
  opened ??= import("./client").then((m) => m.getSearchEngine(BASE_PATH));
  opened.catch(() => (opened = null)); // a failed load is tried again by the next keystroke
  return opened;
}
