import { topicExportRoute, topicParams } from "@/lib/output-routes";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = topicParams;
export const GET = topicExportRoute("bib");
