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
};

export default nextConfig;
