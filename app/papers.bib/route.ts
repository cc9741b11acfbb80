import { exportRoute } from "@/lib/output-routes";

export const dynamic = "force-static";
export const GET = exportRoute("bib");
