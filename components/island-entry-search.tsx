// The search page's script (bundled by scripts/static-pages.ts).
import { hydrateIslands } from "@/components/island-hydrate";
import { SearchBox } from "@/components/search-box";
import { SearchPage } from "@/components/search-page";

hydrateIslands({ SearchBox, SearchPage });
