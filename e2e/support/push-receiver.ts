// Stands in for a WebSub hub, IndexNow and Baidu while the e2e server runs (its address is in the
// server's settings from the start): records every request, answers as those services do, and tells
// the specs what it got at GET /_records.
import { createServer, type Server } from "node:http";

export interface ReceivedPush {
  path: string;
  query: string;
  contentType: string;
  body: string;
}

export function startPushReceiver(port: number): Server {
  const received: ReceivedPush[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://receiver");
    if (request.method === "GET" && url.pathname === "/_records") {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(received));
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({
        path: url.pathname,
        query: url.search,
        contentType: request.headers["content-type"] ?? "",
        body,
      });
      const lines = body.split("\n").filter(Boolean).length;
      const answers: Record<string, [number, string]> = {
        "/hub": [204, ""],
        "/indexnow": [202, ""],
        "/baidu": [200, JSON.stringify({ remain: 99_999, success: lines })],
      };
      const [status, text] = answers[url.pathname] ?? [404, ""];
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(text);
    });
  });
  server.listen(port, "127.0.0.1");
  return server;
}
