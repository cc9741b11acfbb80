import { feedRoute } from "@/lib/output-routes";

export const dynamic = "force-static";
export const GET = feedRoute("json");
