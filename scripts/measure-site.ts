// npm run bench:site [-- --skip-build] [-- --no-lighthouse]
// The site's closing numbers: `next build` (and the static-page step) wall time for the current catalog, JavaScript shipped
// per route (gzip), HTML and CSS per route, each page's bytes on disk and how much of them is the
// inlined RSC payload, out/ bytes and files per paper, and Lighthouse (mobile preset) for the four
// page types readers land on - home, a topic, a paper and a search with results - when lighthouse
// is installed (CHROME_PATH or /usr/bin/chromium).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { catalogView } from "../lib/catalog-view";
import { paperPath, sourcePath, topicPath } from "../lib/routes";

const ROOT = path.join(import.meta.dirname, "..");
const OUT = path.join(ROOT, "out");
const args = new Set(process.argv.slice(2));
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function buildTime(): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("next build failed");
  // What npm run build does next: static pages with islands, and the unrequested files removed.
  const f = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/prune-export.ts")], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (f.status !== 0) throw new Error("prune-export failed");
  return (performance.now() - start) / 1000;
}

function routes(): Record<string, string> {
  const c = catalogView();
  const topic = [...c.topics].sort((a, b) => b.count - a.count)[0]!;
  const paper = c.papers.find((p) => /\$/.test(p.abstract)) ?? c.papers[0]!;
  const source = c.sources[0]!;
  return { home: "/", topics: "/topics/", topic: topicPath(topic.id), paper: paperPath(paper.id), sources: "/sources/", source: sourcePath(source.slug), search: "/search/", notFound: "/404" };
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

function weigh(route: string) {
  const html = route === "/404" ? path.join(OUT, "404.html") : path.join(OUT, route, "index.html");
  const text = readFileSync(html, "utf8");
  const assets = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => (m[1] ?? m[2])!))].map((u) => path.join(OUT, u.split("?")[0]!));
  // Modern browsers skip <script noModule> (the legacy polyfills): not counted.
  // The page's scripts and the modules it preloads for them (the island entry's shared chunks).
  const js = assets(/<script(?![^>]*noModule)[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+\.css)"/g).filter((f) => f.endsWith(".css"));
  // The RSC payload React hydrates from, inlined as self.__next_f.push(...) scripts.
  const payload = [...text.matchAll(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  return { html: gz(html), js: js.reduce((s, f) => s + gz(f), 0), jsFiles: js.length, css: css.reduce((s, f) => s + gz(f), 0), raw: Buffer.byteLength(text), payload };
}

/** Bytes and files of out/, everything included (search index, assets). */
function outTotals(dir = OUT): { bytes: number; files: number } {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (t, e) => {
      const p = path.join(dir, e.name);
      const sub = e.isDirectory() ? outTotals(p) : { bytes: statSync(p).size, files: 1 };
      return { bytes: t.bytes + sub.bytes, files: t.files + sub.files };
    },
    { bytes: 0, files: 0 },
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function lighthouse(pages: Record<string, string>) {
  const bin = path.join(ROOT, "node_modules/lighthouse/cli/index.js");
  const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(bin)) return console.log("lighthouse: not installed (npm i --no-save lighthouse@12.8 to get the scores)");
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/serve/build/main.js"), "out", "-l", `tcp://127.0.0.1:${port}`, "--no-port-switching"], { cwd: ROOT, stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 1500));
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-lh-"));
  try {
    console.log("\nLighthouse, mobile preset (performance / accessibility / best practices / SEO):");
    for (const [name, route] of Object.entries(pages)) {
      const report = path.join(dir, `${name}.json`);
      const r = spawnSync(
        process.execPath,
        [bin, `http://127.0.0.1:${port}${route}`, "--quiet", "--output=json", `--output-path=${report}`, "--only-categories=performance,accessibility,best-practices,seo",
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"] },
      );
      if (r.status !== 0) {
        console.log(`  ${name}: lighthouse failed`);
        continue;
      }
      const lhr = JSON.parse(readFileSync(report, "utf8"));
      const score = (id: string) => Math.round(lhr.categories[id].score * 100);
      const metric = (id: string) => lhr.audits[id].displayValue;
      console.log(
        `  ${name.padEnd(6)} ${score("performance")} / ${score("accessibility")} / ${score("best-practices")} / ${score("seo")}` +
          `   FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`,
      );
      const failed = Object.values(lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id);
      if (failed.length > 0) console.log(`         failing audits: ${failed.join(", ")}`);
    }
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (!args.has("--skip-build")) console.log(`next build and static pages (${catalogView().papers.length} papers): ${buildTime().toFixed(1)} s wall time`);
  const pages = routes();
  console.log("\nPer route, gzip (JS as a modern browser loads it):");
  console.log("                              HTML       JS (files)        CSS   on disk (payload)");
  for (const [name, route] of Object.entries(pages)) {
    const w = weigh(route);
    console.log(
      `  ${name.padEnd(8)} ${route.slice(0, 16).padEnd(17)} ${kb(w.html).padStart(8)} ${kb(w.js).padStart(9)} (${w.jsFiles})  ${kb(w.css).padStart(9)}` +
        `  ${kb(w.raw).padStart(9)} (${kb(w.payload)})`,
    );
  }
  const papers = catalogView().papers.length;
  const out = outTotals();
  console.log(`\nout/: ${(out.bytes / 1048576).toFixed(1)} MB in ${out.files} files; per paper ${kb(out.bytes / papers)} and ${(out.files / papers).toFixed(2)} files (${papers} papers)`);
  if (!args.has("--no-lighthouse")) await lighthouse({ home: pages.home!, topic: pages.topic!, paper: pages.paper!, search: "/search/?q=sparse%20autoencoders" });
}

await main();
