import type { AbstractNode } from "@/lib/render-abstract";

/**
 * Abstract nodes as React elements. Text is always a text node; the one raw HTML is KaTeX's
 * output for a formula, rendered at build time from lib/render-abstract.ts.
 */
export function AbstractNodes({ nodes }: { nodes: AbstractNode[] }) {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case "text":
        return n.text;
      case "math":
        return <span key={i} className={n.display ? "block" : undefined} dangerouslySetInnerHTML={{ __html: n.html }} />;
      case "link":
        return (
          <a key={i} href={n.href} rel="noopener noreferrer" className="text-indigo-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-indigo-300">
            {n.text}
          </a>
        );
      case "strong":
        return <strong key={i} className="font-semibold">{<AbstractNodes nodes={n.children} />}</strong>;
      case "em":
        return <em key={i}>{<AbstractNodes nodes={n.children} />}</em>;
      case "code":
        return <code key={i} className="rounded bg-stone-100 px-1 font-mono text-[0.9em] dark:bg-stone-800">{<AbstractNodes nodes={n.children} />}</code>;
    }
  });
}

/** A whole abstract, one <p> per paragraph. */
export function AbstractText({ paragraphs }: { paragraphs: AbstractNode[][] }) {
  return (
    <div className="prose-abstract space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((nodes, i) => (
        <p key={i}>
          <AbstractNodes nodes={nodes} />
        </p>
      ))}
    </div>
  );
}
