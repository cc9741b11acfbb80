// Every internal link and asset of a built site resolves: hrefs, srcs, form actions, canonical
// and OpenGraph URLs in the HTML, url()s in the CSS, URLs in sitemap.xml, and #fragments.
//
// The site is served from `serveRoot` with the export at serveRoot + basePath, so a link that
// forgets the base path ("/papers/x/" instead of "/atlas/papers/x/") is reported as broken.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type Broken = { from: string; url: string; reason: string };
export type LinkReport = { pages: number; checked: number; external: number; broken: Broken[] };
export type SiteLayout = { outDir: string; basePath: string; siteUrl: string };

const ATTRIBUTE = /\s(href|src|action|content|srcset)="([^"]*)"/g;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" })[e]!);
}

/** URLs a page links to or loads, from its HTML attributes (not from inline scripts). */
export function extractUrls(html: string): string[] {
  const urls: string[] = [];
  const withoutScripts = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>");
  for (const tag of withoutScripts.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const attributes = tag[2]!;
    // A preconnect names an origin to warm up, not a resource.
    if (/\srel="(preconnect|dns-prefetch)"/.test(attributes)) continue;
    for (const m of attributes.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(m[2]!);
      if (m[1] === "srcset") urls.push(...value.split(",").map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
      else if (m[1] === "content") {
        if (/^(https?:)?\//.test(value)) urls.push(value); // og:url and friends; other meta content is text
      } else urls.push(value);
    }
  }
  return urls;
}

/** Ids and names a page defines, for #fragment checks. */
export function extractAnchors(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

export function checkSite({ outDir, basePath, siteUrl }: SiteLayout): LinkReport {
  const root = path.resolve(outDir);
  const files = walk(root);
  const site = new URL(siteUrl);
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    let a = anchors.get(file);
    if (!a) anchors.set(file, (a = extractAnchors(readFileSync(file, "utf8"))));
    return a;
  };

  /** The file a same-site URL path resolves to, or why it does not. */
  function resolvePath(pathname: string): { file: string } | { reason: string } {
    const decoded = decodeURIComponent(pathname);
    if (decoded !== basePath && !decoded.startsWith(`${basePath}/`)) return { reason: `outside the base path "${basePath}"` };
    const rel = decoded.slice(basePath.length) || "/";
    const target = path.join(root, rel);
    if (!target.startsWith(root)) return { reason: "escapes the site" };
    if (rel.endsWith("/")) {
      const index = path.join(target, "index.html");
      return existsSync(index) ? { file: index } : { reason: "no index.html" };
    }
    if (existsSync(target) && statSync(target).isFile()) return { file: target };
    return { reason: "no such file" };
  }

  const broken: Broken[] = [];
  let checked = 0;
  let external = 0;
  let pages = 0;

  function check(from: string, raw: string, base: URL) {
    if (raw === "" || /^(mailto|tel|data):/i.test(raw)) return;
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      broken.push({ from, url: raw, reason: "not a URL" });
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      broken.push({ from, url: raw, reason: `scheme ${url.protocol} in a link` });
      return;
    }
    if (url.origin !== site.origin) {
      external++;
      return;
    }
    checked++;
    const found = resolvePath(url.pathname);
    if ("reason" in found) {
      broken.push({ from, url: raw, reason: found.reason });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && found.file.endsWith(".html") && !anchorsOf(found.file).has(fragment)) {
      broken.push({ from, url: raw, reason: `no element with id "${fragment}"` });
    }
  }

  const urlOf = (file: string) => new URL(`${basePath}/${path.relative(root, file).split(path.sep).join("/")}`, site);

  for (const file of files) {
    const from = path.relative(root, file);
    if (file.endsWith(".html")) {
      pages++;
      for (const u of extractUrls(readFileSync(file, "utf8"))) check(from, u, urlOf(file));
    } else if (file.endsWith(".css")) {
      for (const m of readFileSync(file, "utf8").matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (!m[1]!.startsWith("data:") && !m[1]!.startsWith("#")) check(from, m[1]!, urlOf(file));
      }
    } else if (path.basename(file) === "sitemap.xml") {
      for (const m of readFileSync(file, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)) check(from, decodeEntities(m[1]!), urlOf(file));
    }
  }
  return { pages, checked, external, broken };
}
