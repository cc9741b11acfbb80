import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MovedPage } from "@/components/moved-page";
import { Pagination } from "@/components/pagination";
import { SourceEntries } from "@/components/source-entries";
import { catalogView, paginate } from "@/lib/catalog-view";
import { plural } from "@/lib/format";
import { pageDateLabel } from "@/lib/listing-kind";
import { movedMetadata, pageMetadata } from "@/lib/page-meta";
import { movedPages, pagePath } from "@/lib/published";
import { homePath, parseSourceView, sourcePath, sourcesPath, sourceViewSegments } from "@/lib/routes";
import { sourceViews } from "@/lib/site-paths";

type Props = { params: Promise<{ source: string; view?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = catalogView();
  return [
    ...sourceViews(catalog).map((v) => ({ source: v.slug, view: sourceViewSegments(v.page) })),
    // Addresses published earlier that now lead on, or say the listing is gone (lib/published.ts).
    ...[...movedPages(catalog).values()].filter((m) => m.section === "sources").map((m) => ({ source: m.id, view: m.segments })),
  ];
}

async function movedFrom({ params }: Props) {
  const { source: slug, view = [] } = await params;
  return movedPages(catalogView()).get(pagePath("sources", slug, view));
}

async function resolve({ params }: Props) {
  const { source: slug, view = [] } = await params;
  const source = catalogView().source(slug);
  const page = parseSourceView(view);
  if (!source || page === null || page > source.pages) notFound();
  return { source, page };
}

export async function generateMetadata(props: Props) {
  const moved = await movedFrom(props);
  if (moved) return movedMetadata(moved);
  const { source, page } = await resolve(props);
  return pageMetadata({
    title: page > 1 ? `${source.name} (page ${page})` : source.name,
    description: `The listing ${source.name} (${source.file}) as captured: ${plural(source.count, "entry", "entries")}, each linked to its paper.`,
    path: sourcePath(source.slug, page),
  });
}

export default async function SourcePage(props: Props) {
  const moved = await movedFrom(props);
  if (moved) return <MovedPage moved={moved} />;
  const { source, page } = await resolve(props);
  const list = paginate(catalogView().sourceEntries(source.slug), page);
  return (
    <>
      <Breadcrumbs trail={[{ href: homePath(), label: "Home" }, { href: sourcesPath(), label: "Sources" }, { href: sourcePath(source.slug), label: source.name }]} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{source.name}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-stone-700 dark:text-stone-300">
        <dt className="font-medium">File</dt>
        <dd className="min-w-0 break-all font-mono text-sm leading-6">{source.file}</dd>
        {source.pageDate && (
          <>
            <dt className="font-medium">Page date</dt>
            <dd>
              {pageDateLabel(source.pageDate, source.year)}
              {source.year !== null && (
                <span className="text-stone-600 dark:text-stone-400">
                  {" "}
                  (the page printed “{source.pageDate}”; the year is inferred from the years its entries print)
                </span>
              )}
            </dd>
          </>
        )}
        <dt className="font-medium">Entries</dt>
        <dd>{list.pages > 1 ? `${list.first}–${list.first + list.items.length - 1} of ${list.total}` : list.total}</dd>
      </dl>
      <div className="mt-8">
        <SourceEntries entries={list.items} start={list.first} />
      </div>
      <Pagination page={list.page} pages={list.pages} href={(n) => sourcePath(source.slug, n)} label={`Pages of ${source.name}`} />
    </>
  );
}
