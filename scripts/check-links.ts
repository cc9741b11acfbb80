// npx tsx scripts/check-links.ts [outDir] [basePath] [siteUrl]
// Walk a built site and report every internal link or asset that does not resolve. Exit 1 if any.
import { checkSite } from "../lib/link-check";
import { BASE_PATH, SITE_URL } from "../lib/site";

const [outDir = "out", basePath = BASE_PATH, siteUrl = SITE_URL] = process.argv.slice(2);
const report = checkSite({ outDir, basePath, siteUrl });
for (const b of report.broken) console.error(`broken: ${b.from} -> ${b.url} (${b.reason})`);
console.log(`${report.pages} pages, ${report.checked} internal links and assets checked, ${report.external} external skipped, ${report.broken.length} broken`);
process.exitCode = report.broken.length > 0 ? 1 : 0;
