// Masthead's production HTTP server: Next's request handler behind a thin layer of what Next leaves
// out for a site served from caches (conditional GET for every response).
import { createServer, type Server } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { answerConditionally } from "@/lib/server/conditional-get";

export interface ServerOptions {
  dir: string;
  port: number;
}

/** Listens on every interface, as `next start` does. */
export async function startHttpServer({ dir, port }: ServerOptions): Promise<Server> {
  const app = next({ dev: false, dir, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    // Overwritten on every request, so a client cannot choose the address it is throttled under.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      env.trustedProxyHops,
    );
    answerConditionally(req, res);
    void handle(req, res);
  });
  // Longer than the keep-alive of a reverse proxy in front (nginx: 60 s), so that it, not this server,
  // closes idle connections, and never onto a request in flight.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}
