// A topic's other orders list their first OTHER_ORDER_PAGES pages; the last of them says so and links
// to the topic's own order, which lists every paper (components/topic-papers.tsx, as rendered).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TopicPapers } from "@/components/topic-papers";
import { buildCatalogView, OTHER_ORDER_PAGES, PAGE_SIZE } from "@/lib/catalog-view";
import { topicPath } from "@/lib/routes";
import { withBase } from "@/lib/site";
import { paperRecord } from "./paper-record";

const count = (OTHER_ORDER_PAGES + 1) * PAGE_SIZE + 7;
const papers = Array.from({ length: count }, (_, i) =>
  paperRecord(`widget-${String(i).padStart(3, "0")}`, {
    title: `Widget ${String(i).padStart(3, "0")}`,
    date: `2024-${String((i % 12) + 1).padStart(2, "0")}-01`,
    upvotes: i % 7,
    topics: [{ id: "widgets", score: 8, terms: ["widget"], by: "match" }],
    sources: [{ file: "w.txt", line: i + 1 }],
  }),
);
const catalog = buildCatalogView({
  papers,
  topics: [{ id: "widgets", title: "Widgets", description: "Widgets.", terms: [{ term: "widget", weight: 1 }], exclude: [], formerly: [], intro: "" }],
  listings: [{ file: "w.txt", kind: "search", heading: null, pageDate: null, year: null, entries: papers.map((p, i) => ({ line: i + 1, paper: p.id, title: p.title })) }],
});
const topic = catalog.topic("widgets")!;
const render = (sort: "date" | "title" | "upvotes", page: number) => renderToStaticMarkup(createElement(TopicPapers, { catalog, topic, sort, page }));

describe("a topic's other orders", () => {
  it("the last page of another order says how many papers it lists and links to every paper", () => {
    expect(topic.defaultSort).toBe("date");
    const last = render("title", OTHER_ORDER_PAGES);
    expect(last).toContain(`Title A–Z lists the first ${OTHER_ORDER_PAGES * PAGE_SIZE} of the ${count} papers in Widgets.`);
    expect(last).toContain(`href="${withBase(topicPath("widgets"))}" class="lnk">All ${count} papers, newest</a>`);
    expect(last).not.toContain(`href="${withBase(topicPath("widgets", "title", OTHER_ORDER_PAGES + 1, "date"))}"`);
    expect(render("title", 1)).not.toContain("data-order-limit");
  });

  it("the topic's own order has every page and no such note", () => {
    const pages = Math.ceil(count / PAGE_SIZE);
    expect(render("date", pages)).not.toContain("data-order-limit");
    expect(render("date", pages - 1)).toContain(`href="${withBase(topicPath("widgets", "date", pages, "date"))}"`);
  });
});
