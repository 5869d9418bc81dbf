import { apiRoute } from "@/lib/api/handler";
import { sectionBySlug } from "@/lib/api/read/taxonomy";

// Content API; see lib/api/handler.ts for the chain (key, rate limit, read, ETag) and lib/api/openapi/.
export const GET = apiRoute(sectionBySlug);
