import { notFound } from "next/navigation";
import { AbstractText } from "@/components/abstract-text";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CiteBlock } from "@/components/cite-block";
import { FindPaper } from "@/components/find-paper";
import { InferredMark } from "@/components/inferred-mark";
import { JsonLd } from "@/components/json-ld";
import { PaperFacts } from "@/components/paper-facts";
import { PaperLinks } from "@/components/paper-links";
import { PaperSources } from "@/components/paper-sources";
import { PaperTopics } from "@/components/paper-topics";
import { Permalink } from "@/components/permalink";
import { RelatedPapers } from "@/components/related-papers";
import { RetiredPaper } from "@/components/retired-paper";
import { Section } from "@/components/section";
import { catalogView } from "@/lib/catalog-view";
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
  return (
    <article>
      <JsonLd data={scholarlyArticle(paper, topics.map((t) => t.topic.title))} />
      <Breadcrumbs trail={[{ href: homePath(), label: "Home" }, ...(primary ? [{ href: topicPath(primary.id), label: primary.title }] : []), { href: paperPath(paper.id), label: "Paper" }]} />
      <h1 className="max-w-4xl text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
        {paper.title}
        {paper.titleInferred && <InferredMark />}
      </h1>
      {paper.titleInferred && <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">No listing gave this paper a title; this one is taken from its abstract.</p>}
      <PaperFacts paper={paper} className="mt-3" />
      {paper.dateInferred && <p className="text-sm text-stone-600 dark:text-stone-400">The listing printed no year; the year is inferred from the listing.</p>}
      <FindPaper paper={paper} />
      <CiteBlock paper={paper} permalink={absoluteUrl(paperPath(paper.id))} sources={citeSources(catalog, paper)} />
      <Permalink url={absoluteUrl(paperPath(paper.id))} />
      <Section id="abstract" title="Abstract">
        <div className="max-w-3xl">
          <AbstractText paragraphs={catalog.abstract(paper).paragraphs} />
        </div>
      </Section>
      {paper.links.length > 0 && (
        <Section id="links" title="Code and project pages">
          <PaperLinks links={paper.links} />
        </Section>
      )}
      <Section id="topics" title="Topics">
        <PaperTopics topics={topics} />
      </Section>
      <Section id="sources" title="Listed in">
        <PaperSources locations={catalog.locations(paper)} />
      </Section>
      {related.length > 0 && (
        <Section id="related" title="Related papers">
          <RelatedPapers related={related} />
        </Section>
      )}
    </article>
  );
}
