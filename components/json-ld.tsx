import { jsonLdText } from "@/lib/page-meta";

/** Structured data. Escaped by jsonLdText so no value can close the script block. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
