// Site constants and the two URL builders every page uses. The site is hosted at SITE_URL under
// BASE_PATH (a sub-path such as a project page): "https://me.github.io" + "/paper-atlas".
//   NEXT_PUBLIC_SITE_URL=https://me.github.io NEXT_PUBLIC_BASE_PATH=/paper-atlas npm run build

export const SITE_NAME = "Paper Atlas";
export const SITE_DESCRIPTION =
  "A browsable catalog of research-paper abstracts on language models, grouped by topic, with a permanent page for every paper.";

/** Where `npm run serve` puts the site when no public URL is configured. */
export const DEFAULT_SITE_URL = "http://127.0.0.1:3000";

export type SiteConfig = { siteUrl: string; basePath: string };

/** "/atlas/" -> "/atlas", "atlas" -> "/atlas", "/" or "" -> "". Same rule as next.config.ts. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? "").trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** The origin (and any path above the base path) without a trailing slash. */
export function normalizeSiteUrl(raw: string | undefined, basePath: string): string {
  const url = new URL(raw?.trim() || DEFAULT_SITE_URL);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`NEXT_PUBLIC_SITE_URL must be http(s): ${raw}`);
  let pathname = url.pathname.replace(/\/+$/, "");
  // Accept a site URL that already ends with the base path instead of doubling it.
  if (basePath !== "" && pathname.endsWith(basePath)) pathname = pathname.slice(0, -basePath.length);
  return `${url.origin}${pathname}`;
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const basePath = normalizeBasePath(env.NEXT_PUBLIC_BASE_PATH);
  return { basePath, siteUrl: normalizeSiteUrl(env.NEXT_PUBLIC_SITE_URL, basePath) };
}

// Read with literal property names so Next inlines them in client bundles too.
const config = siteConfig({
  NEXT_PUBLIC_BASE_PATH: process.env.NEXT_PUBLIC_BASE_PATH,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
});

export const BASE_PATH = config.basePath;
export const SITE_URL = config.siteUrl;

/**
 * A site path as the browser needs it: "/papers/x/" -> "/atlas/papers/x/", for every element
 * that names a page (SiteLink, form actions, <link>).
 */
export function withBase(path: string, basePath = BASE_PATH): string {
  if (!path.startsWith("/")) throw new Error(`site paths start with "/": ${path}`);
  return `${basePath}${path}`;
}

/** The absolute URL of a site path, for canonical links, OpenGraph, JSON-LD and the sitemap. */
export function absoluteUrl(path: string, { siteUrl, basePath }: SiteConfig = config): string {
  return `${siteUrl}${withBase(path, basePath)}`;
}
