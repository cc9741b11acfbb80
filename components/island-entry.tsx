// The script of every static page but the search page (bundled by scripts/static-pages.ts).
import { CopyButton } from "@/components/copy-button";
import { CopyLink } from "@/components/copy-link";
import { hydrateIslands } from "@/components/island-hydrate";
import { SearchBox } from "@/components/search-box";

hydrateIslands({ CopyButton, CopyLink, SearchBox });
