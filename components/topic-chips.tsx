// A paper's topic chips, rendered from their data (see components/paper-items.tsx).
import { SiteLink } from "@/components/site-link";
import { WhyTip } from "@/components/why-tip";
import { topicPath } from "@/lib/routes";

export type TopicChip = { id: string; title: string; why: string };

export function TopicChips({ items }: { items: TopicChip[] }) {
  return (
    <ul aria-label="Topics" className="flex flex-wrap gap-2">
      {items.map((t) => (
        <li key={t.id} className="group relative">
          <SiteLink href={topicPath(t.id)} aria-describedby={`why-${t.id}`} className="chip">
            {t.title}
          </SiteLink>
          <WhyTip id={`why-${t.id}`}>{t.why}</WhyTip>
        </li>
      ))}
    </ul>
  );
}
