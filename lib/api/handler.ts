// Every content API route is one chain: who asks (the key) → the key's rate limit → parse and read →
// JSON with an ETag. Authentication comes first, so bad input without a key is a clean 401; a refusal
// is a problem response, never a 500.
import "server-only";
import { authenticate } from "@/lib/api/authenticate";
import { ApiProblem, problemResponse } from "@/lib/api/problem";
import { consumeRequest, rateHeaders } from "@/lib/api/rate-limit";
import { jsonAnswer } from "@/lib/api/respond";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { currentMessages } from "@/lib/i18n/server";

export interface ApiCall<P> {
  request: Request;
  url: URL;
  params: P;
  m: Messages["api"]["problems"];
  messages: Messages;
}

export function apiRoute<P extends Record<string, string>>(read: (call: ApiCall<P>) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const url = new URL(request.url);
    const messages = await currentMessages();
    const m = messages.api.problems;
    let limits: Record<string, string> = {};
    try {
      const { keyId } = await authenticate(request, m);
      const decision = await consumeRequest(keyId);
      limits = rateHeaders(decision);
      if (!decision.allowed) {
        throw new ApiProblem(
          "rate_limited",
          m.rateLimited,
          fill(m.rateLimitedDetail, { limit: decision.limit, seconds: decision.resetSeconds }),
          {},
          { "Retry-After": String(decision.resetSeconds) },
        );
      }
      const body = await read({ request, url, params: await context.params, m, messages });
      return jsonAnswer(request, body, limits);
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error, url.pathname, limits);
      throw error;
    }
  };
}
