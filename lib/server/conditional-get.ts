// Answers 304 Not Modified for any response whose validators match the request's preconditions.
// Next does this for pages itself, but not for route handlers (feeds, sitemaps): this covers every
// response at the one place they all pass, just before the status line is written.
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { isNotModified, type Preconditions } from "@/lib/http/conditional";

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);

/** Metadata a 304 must not carry (RFC 9110 §15.4.5): the body it describes is not sent. */
const BODY_HEADERS = ["content-length", "content-type", "content-encoding", "transfer-encoding"];

function headerValue(res: ServerResponse, headers: OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined, name: string) {
  const given = headers && !Array.isArray(headers) ? headers[name] : undefined;
  const value = given ?? res.getHeader(name);
  return typeof value === "string" ? value : undefined;
}

export function answerConditionally(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const preconditions: Preconditions = {
    ifNoneMatch: single(req.headers["if-none-match"]),
    ifModifiedSince: single(req.headers["if-modified-since"]),
  };
  if (preconditions.ifNoneMatch === undefined && preconditions.ifModifiedSince === undefined) return;

  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  const patched = (statusCode: number, ...rest: unknown[]): ServerResponse => {
    const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null);
    const validators = {
      etag: headerValue(res, headers, "etag"),
      lastModified: headerValue(res, headers, "last-modified"),
    };
    if (statusCode !== 200 || !isNotModified(preconditions, validators)) return writeHead(statusCode, ...rest);
    for (const name of BODY_HEADERS) {
      res.removeHeader(name);
      if (headers) delete headers[name];
    }
    // Node sends no body with a 304 and ignores whatever is written after it.
    return writeHead(304, ...rest.filter((arg) => typeof arg !== "string"));
  };
  res.writeHead = patched as ServerResponse["writeHead"];
}
