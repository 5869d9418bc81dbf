// Masthead's production HTTP server: Next's request handler behind a thin layer of what Next leaves
// out for a site served from caches (lib/server/response-hooks.ts).
import { createServer, type Server } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/auth/client-address";
import { responseStore } from "@/lib/cache/registry";
import { env } from "@/lib/env";
import { countHotReplay, registerGateMetrics, timeNextRequest } from "@/lib/ops/metrics";
import { requestIdFrom, runInRequest } from "@/lib/ops/request-context";
import { HotCache } from "@/lib/server/hot-cache";
import { audienceOf, CLIENT_NONCE_HEADERS } from "@/lib/security/headers";
import { headersFor } from "@/lib/security/policy";
import { prepareResponse } from "@/lib/server/response-hooks";
import { BAD_REQUEST, isDecodablePath } from "@/lib/server/bad-request";
import { withDefaultHeaders } from "@/lib/server/default-headers";
import { isReaderRender, ReaderGate } from "@/lib/server/reader-gate";
import { answerBeacon, NO_BEACONS, VIEWS_PATH } from "@/lib/views/beacon";
import { viewCounter } from "@/lib/views/counter";
import { countWhenAnswered } from "@/lib/views/page-view";

export interface ServerOptions {
  dir: string;
  port: number;
  /** Memory for the hottest public responses, in bytes (0: off). */
  hotCacheBytes: number;
  /** Readers' renders run at once (0: no limit). */
  readerRenderSlots: number;
}

/** Listens on every interface, as `next start` does. */
export async function startHttpServer({ dir, port, hotCacheBytes, readerRenderSlots }: ServerOptions): Promise<Server> {
  const app = next({ dev: false, dir, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The response store exists once Next has run instrumentation.ts (during prepare).
  const store = responseStore();
  const hot = hotCacheBytes > 0 && store ? new HotCache({ maxBytes: hotCacheBytes, ttlMs: 10_000 }) : undefined;
  if (hot && store) store.subscribe((tags) => (tags === "all" ? hot.clear() : hot.expire(tags)));
  // With nothing in front this server is the edge, and its requests are the views; behind an edge
  // (edge-log) they are only the edge's misses, so they are not counted here.
  // The counter itself is looked up per request: instrumentation.ts may still be starting it.
  const countPages = env.views.source === "server";
  const countBeacons = env.views.source === "beacon";
  const gate = readerRenderSlots > 0 ? new ReaderGate(readerRenderSlots) : undefined;
  if (gate) registerGateMetrics(() => gate.stats());
  const siteHeaders = headersFor("site");
  const staffHeaders = headersFor("staff");
  const server = createServer((req, res) => {
    // Overwritten on every request, so a client cannot choose the address it is throttled under.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      env.trustedProxyHops,
    );
    // Next takes the nonce for its scripts from the request's CSP: only proxy.ts may set one.
    for (const name of CLIENT_NONCE_HEADERS) delete req.headers[name];
    // Every response gets its audience's headers where it has not set its own: proxy.ts sets a staff
    // page's policy with this response's nonce, the media route a stricter one. (Next never lets a
    // route handler's header replace one already set.) The hot cache's copies were captured with them,
    // so its replays, most of the traffic, skip the step.
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const defaults = audienceOf(pathname) === "site" ? siteHeaders : staffHeaders;
    // The two fixed answers given here take the defaults in their own head; only Next's need the hook.
    if (!isDecodablePath(pathname)) {
      res.writeHead(BAD_REQUEST.status, { ...defaults, ...BAD_REQUEST.headers }).end(BAD_REQUEST.body);
      return;
    }
    // The view beacon (VIEWS_SOURCE=beacon) is answered here: a page view's second request must cost
    // next to nothing.
    if (pathname === VIEWS_PATH) {
      const beaconCounter = countBeacons ? viewCounter() : undefined;
      const answer = beaconCounter
        ? answerBeacon(
            {
              method: req.method ?? "GET",
              url: req.url ?? "",
              headers: req.headers,
              address: String(req.headers[CLIENT_ADDRESS_HEADER]),
            },
            beaconCounter,
          )
        : NO_BEACONS;
      res.writeHead(answer.status, { ...defaults, ...answer.headers }).end(answer.body);
      return;
    }
    const answered = hot?.handle(req, res) ?? false;
    // A reader's article page, counted when it has been answered 200 or 304: by the hot cache (just
    // now) or, once it ends, by Next. A string test for every other request, nothing in the response.
    const pageCounter = countPages && pathname.startsWith("/articles/") ? viewCounter() : undefined;
    if (pageCounter) {
      const address = String(req.headers[CLIENT_ADDRESS_HEADER]);
      countWhenAnswered({ method: req.method, pathname, headers: req.headers, address }, res, pageCounter);
    }
    if (answered) {
      countHotReplay();
      return;
    }
    withDefaultHeaders(res, defaults);
    prepareResponse(req, res);
    timeNextRequest(pathname, res);
    // Every line logged while Next answers carries this id. Staff and API responses name it (for
    // support); public ones do not, since the caches would replay one reader's id to all the others.
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    if (defaults === staffHeaders) res.setHeader("X-Request-Id", requestId);
    const render = () => void runInRequest(requestId, () => handle(req, res));
    if (gate && isReaderRender(req.method, pathname, req.headers)) gate.admit(res, render);
    else render();
  });
  // Longer than the keep-alive of a reverse proxy in front (nginx: 60 s), so that it, not this server,
  // closes idle connections, and never onto a request in flight.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}
