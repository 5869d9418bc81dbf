// A local webhook receiver for tests: verifies every request's Standard Webhooks signature with the
// `standardwebhooks` package, answers as the test says (errors on purpose), and records what came.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface Received {
  path: string;
  id: string;
  headers: Record<string, string>;
  body: unknown;
  /** The answer it was given. */
  status: number;
  /** The signature checked out with the secret the receiver was given. */
  verified: boolean;
}

export interface Receiver {
  url: (path?: string) => string;
  received: Received[];
  /** Sets the secret to verify with, per path. */
  trust(path: string, secret: string): void;
  /** Decides each answer: default 200. */
  answer: (request: { path: string; id: string; nth: number }) => number;
  /** Deliveries to `path` answered 2xx, per webhook-id. */
  acceptedPerId(path: string): Map<string, number>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const secrets = new Map<string, string>();
  const seen = new Map<string, number>();
  const receiver: Receiver = {
    url: () => "",
    received: [],
    trust: (path, secret) => void secrets.set(path, secret),
    answer: () => 200,
    acceptedPerId(path) {
      const counts = new Map<string, number>();
      for (const item of receiver.received) {
        if (item.path === path && item.status >= 200 && item.status < 300)
          counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
      }
      return counts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = request.url ?? "/";
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(",") : (value ?? ""),
        ]),
      );
      const id = headers["webhook-id"] ?? "";
      let verified = false;
      const secret = secrets.get(path);
      if (secret) {
        try {
          new Webhook(secret).verify(raw, headers);
          verified = true;
        } catch {
          verified = false;
        }
      }
      const nth = (seen.get(`${path} ${id}`) ?? 0) + 1;
      seen.set(`${path} ${id}`, nth);
      // An unsigned or badly signed request is refused, as a real receiver would.
      const status = verified ? receiver.answer({ path, id, nth }) : 401;
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // kept as text
      }
      receiver.received.push({ path, id, headers, body, status, verified });
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status >= 400 ? "not now" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  receiver.url = (path = "/hook") => `http://127.0.0.1:${port}${path}`;
  return receiver;
}
