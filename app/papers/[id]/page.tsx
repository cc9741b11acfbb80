import { notFound } from "next/navigation";
import { AbstractText } from "@/components/abstract-text";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CiteBlock } from "@/components/cite-block";
import { FindPaper } from "@/components/find-paper";
import { DateNote } from "@/components/date-note";
import { InferredMark } from "@/components/inferred-mark";
import { JsonLd } from "@/components/json-ld";
import { PaperFacts } from "@/components/paper-facts";
import { PaperActions } from "@/components/paper-actions";
import { PaperSources } from "@/components/paper-sources";
import { PaperTopics } from "@/components/paper-topics";
import { RelatedPapers } from "@/components/related-papers";
import { RetiredPaper } from "@/components/retired-paper";
import { Section } from "@/components/section";
import { catalogView } from "@/lib/catalog-view";
import { bibtexEntry, plainCitation } from "@/lib/cite";
import { citeSources } from "@/lib/outputs";
import { paperMetadata, retiredMetadata, scholarlyArticle } from "@/lib/page-meta";
import { homePath, paperPath, topicPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const catalog = catalogView();
  // Retired ids (merged or removed) keep their pages: a link to them still says where the paper went.
  return [...catalog.papers, ...catalog.retired].map((p) => ({ id: p.id }));
}

async function load({ params }: Props) {
  const paper = catalogView().paper((await params).id);
  if (!paper) notFound();
  return paper;
}

export async function generateMetadata(props: Props) {
  const retired = catalogView().retiredEntry((await props.params).id);
  return retired ? retiredMetadata(retired) : paperMetadata(await load(props));
}

export default async function PaperPage(props: Props) {
  const retired = catalogView().retiredEntry((await props.params).id);
  if (retired) return <RetiredPaper entry={retired} />;
  const paper = await load(props);
  const catalog = catalogView();
  const topics = catalog.paperTopics(paper);
  const related = catalog.related(paper.id);
  const primary = topics[0]?.topic;
  const locations = catalog.locations(paper);
  const permalink = absoluteUrl(paperPath(paper.id));
  const sources = citeSources(catalog, paper);
  return (
    <article>
      <JsonLd data={scholarlyArticle(paper, topics.map((t) => t.topic.title))} />
      <Breadcrumbs trail={[{ href: homePath(), label: "Home" }, ...(primary ? [{ href: topicPath(primary.id), label: primary.title }] : []), { href: paperPath(paper.id), label: "Paper" }]} />
      <h1 className="max-w-4xl text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
        {paper.title}
        {paper.titleInferred && <InferredMark />}
      </h1>
      {paper.titleInferred && <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">No listing gave this paper a title; this one is taken from its abstract.</p>}
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <PaperFacts paper={paper} unknownDate />
        <PaperTopics topics={topics} />
      </div>
      <DateNote paper={paper} locations={locations} />
      <FindPaper paper={paper} />
      <PaperActions links={paper.links} url={permalink} />
      <CiteBlock bibtex={bibtexEntry(paper, permalink, sources)} plain={plainCitation(paper, permalink, sources)} />
      <Section id="abstract" title="Abstract">
        <div className="max-w-3xl">
          <AbstractText paragraphs={catalog.abstract(paper).paragraphs} />
        </div>
      </Section>
      {related.length > 0 && (
        <Section id="related" title="Related papers">
          <RelatedPapers related={related} />
        </Section>
      )}
      <Section id="sources" title="Listed in">
        <PaperSources locations={locations.map((l) => ({ href: l.href, name: l.source.name, entry: l.entry, file: l.file, line: l.line }))} />
      </Section>
    </article>
  );
}
