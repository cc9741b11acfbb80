import type { Link, LinkKind } from "@/lib/schema";

const KIND_LABELS: Record<LinkKind, string> = {
  code: "Code",
  project: "Project page",
  model: "Model",
  dataset: "Data set",
  paper: "Paper",
  other: "Link",
};

/** Code, project pages, models and data sets the abstract points to (http/https only). */
export function PaperLinks({ links }: { links: Link[] }) {
  return (
    <ul className="space-y-1.5">
      {links.map((l) => (
        <li key={l.url} className="flex flex-wrap gap-x-2">
          <span className="w-28 shrink-0 text-stone-600 dark:text-stone-400">{KIND_LABELS[l.kind]}</span>
          <a href={l.url} rel="noopener noreferrer" className="min-w-0 break-all text-indigo-700 underline dark:text-indigo-300">
            {l.url}
          </a>
        </li>
      ))}
    </ul>
  );
}
