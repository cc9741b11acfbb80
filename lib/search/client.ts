// The search engine in the browser: opened lazily on first use, shared by the header box and the
// search page, fetching index files from <base path>/search-index/. Components import this module
// dynamically, so the engine and the stemmer load only when someone searches.
import { SearchEngine } from "./engine";
import { SEARCH_DIR } from "./options";

let engine: Promise<SearchEngine> | null = null;

/** The engine, loading the manifest the first time anyone asks. */
export function getSearchEngine(basePath: string): Promise<SearchEngine> {
  engine ??= SearchEngine.open(async (file, options) => {
    const response = await fetch(`${basePath}/${SEARCH_DIR}/${file}`, { priority: options?.background ? "low" : "high" });
    if (!response.ok) throw new Error(`search index file ${file}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  }).catch((e: unknown) => {
    engine = null; // let a later attempt retry
    throw e;
  });
  return engine;
}
