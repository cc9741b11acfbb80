import { availableParallelism } from "node:os";
import type { NextConfig } from "next";

// Static export: every page is rendered at build time into out/.
// NEXT_PUBLIC_BASE_PATH lets the catalog live under a sub-path (e.g. a project page).
const basePath = process.env.NEXT_PUBLIC_BASE_PATH?.replace(/\/+$/, "") || undefined;

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  // With output: "export", distDir names the export folder (default out/). The browser tests
  // build a fixture catalog beside the real one (scripts/build-fixture-site.ts).
  distDir: process.env.PAPER_ATLAS_OUT_DIR || undefined,
  generateBuildId: async () => "paper-atlas",
  poweredByHeader: false,
  // A worker's first page reads the whole catalog before it renders (and, without the cache that
  // npm run build writes first, derives the related papers): at 50k papers on a busy two-core
  // machine that can pass Next's 60 s per page.
  staticPageGenerationTimeout: 600,
  experimental: {
    // Page generation on every core (Next's default leaves one idle: one worker on two cores).
    // Each worker reads the catalog once (lib/catalog-view.ts, the related papers from the build's
    // cache: lib/related-cache.ts) and renders its share of pages.
    cpus: Number(process.env.PAPER_ATLAS_BUILD_CPUS) || availableParallelism(),
    // The 404 page (app/global-not-found.tsx) renders outside the root layout, so the layout's
    // not-found boundary, carried in every page's payload, stays Next's small default.
    globalNotFound: true,
  },
};

export default nextConfig;
