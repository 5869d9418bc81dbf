import { apiRoute } from "@/lib/api/handler";
import { articleById } from "@/lib/api/read/articles";

// Content API; see lib/api/handler.ts for the chain (key, rate limit, read, ETag) and lib/api/openapi/.
export const GET = apiRoute(articleById);
