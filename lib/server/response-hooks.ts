// What Next leaves out for a site served through shared caches, applied to every response just before
// its status line is written:
// - 304 Not Modified when the client's copy is current (Next does this for pages, not route handlers);
// - a strong ETag for a public response that has no validator (search results, robots.txt), computed
//   from the bytes sent, so that those revalidate with 304 too;
// - `X-Accel-Expires` for nginx (lib/server/shared-cache.ts);
// - public HTML rendered per request (search results) without Next's client runtime
//   (lib/server/strip-per-request-page.ts), so that it runs no inline script, like a cached page.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { isNotModified, type Preconditions } from "@/lib/http/conditional";
import { nginxExpiry } from "@/lib/server/shared-cache";
import { stripPerRequestPage } from "@/lib/server/strip-per-request-page";

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);
const text = (value: number | string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Metadata a 304 must not carry (RFC 9110 §15.4.5): the body it describes is not sent. */
const BODY_HEADERS = ["content-length", "content-type", "content-encoding", "transfer-encoding"];

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

function toBuffer(chunk: unknown, encoding: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return undefined;
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

const callbackOf = (...args: unknown[]) => args.find((arg): arg is () => void => typeof arg === "function");

export function prepareResponse(req: IncomingMessage, res: ServerResponse, now: () => number = Date.now): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const preconditions: Preconditions = {
    ifNoneMatch: single(req.headers["if-none-match"]),
    ifModifiedSince: single(req.headers["if-modified-since"]),
  };
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as Write;
  const end = res.end.bind(res) as End;
  const flushHeaders = res.flushHeaders.bind(res);
  let state: "undecided" | "through" | "buffering" = "undecided";
  const chunks: Buffer[] = [];

  function send(status: number): ServerResponse {
    const validators = { etag: text(res.getHeader("etag")), lastModified: text(res.getHeader("last-modified")) };
    if (status === 200 && isNotModified(preconditions, validators)) {
      for (const name of BODY_HEADERS) res.removeHeader(name);
      // Node sends no body with a 304 and ignores whatever is written after it.
      return writeHead(304);
    }
    return writeHead(status);
  }

  function decide(status: number, rest: unknown[]): ServerResponse {
    // Fold headers given to writeHead into the response, so that everything below reads one place.
    const given = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null);
    for (const [name, value] of Object.entries(given ?? {})) if (value !== undefined) res.setHeader(name, value);
    res.statusCode = status;
    const cacheControl = text(res.getHeader("cache-control"));
    const shared = status === 200 && /\bpublic\b/.test(cacheControl ?? "");
    const expiry = nginxExpiry(cacheControl, now());
    if (expiry && !res.hasHeader("x-accel-expires")) res.setHeader("X-Accel-Expires", expiry);
    if (shared && req.method === "GET" && !res.hasHeader("etag") && !res.hasHeader("last-modified")) {
      state = "buffering";
      return res;
    }
    state = "through";
    return send(status);
  }

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (state === "undecided") return decide(status, rest);
    return state === "through" ? writeHead(status, ...rest) : res;
  }) as ServerResponse["writeHead"];

  res.flushHeaders = () => {
    // Through res.writeHead as it is now: the compression middleware (installed after us) decides the
    // encoding when the head is written.
    if (state === "undecided") res.writeHead(res.statusCode);
    if (state === "through") flushHeaders();
  };

  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (state === "undecided") decide(res.statusCode, []);
    if (state === "through") return write(chunk, encoding, callback);
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    callbackOf(encoding, callback)?.();
    return true;
  }) as ServerResponse["write"];

  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (state === "undecided") decide(res.statusCode, []);
    if (state === "through") return end(chunk, encoding, callback);
    const last = toBuffer(chunk, encoding);
    if (last) chunks.push(last);
    const body = stripPerRequestPage(
      Buffer.concat(chunks),
      text(res.getHeader("content-type")),
      text(res.getHeader("content-encoding")),
    );
    res.setHeader("ETag", `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`);
    res.setHeader("Content-Length", body.length);
    res.removeHeader("transfer-encoding");
    send(res.statusCode);
    return res.statusCode === 304 ? end(callbackOf(encoding, callback)) : end(body, callbackOf(encoding, callback));
  }) as ServerResponse["end"];
}
