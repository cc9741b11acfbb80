import { Island } from "@/components/islands";
import type { Link, LinkKind } from "@/lib/schema";

const KIND_LABELS: Record<LinkKind, string> = {
  code: "Code",
  project: "Project page",
  model: "Model",
  dataset: "Data set",
  paper: "Paper",
  other: "Link",
};

/** "github.com/xinghaow99/BitStack" from the URL: enough to tell two links apart. */
function shortUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}`;
}

function PaperLink({ link }: { link: Link }) {
  return (
    <a
      href={link.url}
      rel="noopener noreferrer"
      title={link.url}
      className="btn-go"
    >
      <span className="shrink-0">{KIND_LABELS[link.kind]}</span>
      <span className="min-w-0 truncate font-normal opacity-90">{shortUrl(link.url)}</span>
    </a>
  );
}

/**
 * The paper page's actions row, right under the facts: the paper's own links (code, project pages,
 * models, data sets from its abstract, http/https only), then copy link. Further actions (finding
 * the full paper, citing it) belong here too.
 */
export function PaperActions({ links, url }: { links: Link[]; url: string }) {
  return (
    <div role="group" aria-label="Actions" className="relative mt-5 flex flex-wrap items-center gap-2">
      {links.map((l) => (
        <PaperLink key={l.url} link={l} />
      ))}
      <Island name="CopyLink" props={{ url }} />
    </div>
  );
}
