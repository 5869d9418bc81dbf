// The edge's views log (VIEWS_SOURCE=edge-log): one line per article request nginx answered, from its
// cache or the app, in the shipped `log_format masthead_views` (deploy/nginx/masthead-http.conf):
//
//   $msec \t $status \t $request_method \t $request_uri \t $remote_addr \t $http_user_agent
//        \t $http_sec_purpose \t $http_purpose \t $http_x_moz \t $http_next_router_prefetch
//
// with escape=json, so a tab or quote inside a value arrives escaped and tabs only separate fields.
// Bytes above ASCII (a raw Chinese address) pass through as they were sent.
import { isReaderRequest } from "@/lib/views/bot-filter";
import type { BeaconCounter } from "@/lib/views/beacon";
import { articlePageId, countView, isShownStatus, type PageView } from "@/lib/views/page-view";

export const EDGE_LOG_FIELDS = 10;

export interface EdgeLogEntry {
  at: Date;
  status: number;
  method: string;
  uri: string;
  address: string;
  userAgent: string;
  secPurpose: string;
  purpose: string;
  xMoz: string;
  /** Next's router prefetching a link in view (lib/views/bot-filter.ts). */
  routerPrefetch: string;
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Undoes nginx's escape=json (\" \\ \n \t \uXXXX …). */
export function unescapeJson(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\(?:u([0-9a-fA-F]{4})|(.))/g, (whole, code: string | undefined, char: string | undefined) => {
    if (code) return String.fromCharCode(parseInt(code, 16));
    return (char && ESCAPES[char]) ?? whole;
  });
}

/** One line of the views log, or null when it is not one (wrong number of fields, a bad time or status). */
export function parseEdgeLogLine(line: string): EdgeLogEntry | null {
  const fields = line.replace(/\r$/, "").split("\t");
  if (fields.length !== EDGE_LOG_FIELDS) return null;
  const [
    msec = "",
    status = "",
    method = "",
    uri = "",
    address = "",
    agent = "",
    secPurpose = "",
    purpose = "",
    xMoz = "",
    routerPrefetch = "",
  ] = fields;
  if (!/^\d{9,11}(\.\d{1,3})?$/.test(msec) || !/^[1-5]\d\d$/.test(status)) return null;
  if (!/^[A-Z]{1,16}$/.test(method) || !uri.startsWith("/")) return null;
  return {
    at: new Date(Math.round(Number(msec) * 1000)),
    status: Number(status),
    method,
    uri,
    address: address.slice(0, 64),
    userAgent: unescapeJson(agent),
    secPurpose: unescapeJson(secPurpose),
    purpose: unescapeJson(purpose),
    xMoz: unescapeJson(xMoz),
    routerPrefetch: unescapeJson(routerPrefetch),
  };
}

/** The view a logged request is, by the same rules as the server's own count (lib/views/page-view.ts). */
export function viewOfEntry(entry: EdgeLogEntry): PageView | null {
  if (entry.method !== "GET" || !isShownStatus(entry.status)) return null;
  const articleId = articlePageId(entry.uri);
  if (articleId === null) return null;
  const headers = {
    "user-agent": entry.userAgent || undefined,
    "sec-purpose": entry.secPurpose,
    purpose: entry.purpose,
    "x-moz": entry.xMoz,
    "next-router-prefetch": entry.routerPrefetch || undefined,
  };
  if (!isReaderRequest(headers)) return null;
  return { articleId, address: entry.address, userAgent: entry.userAgent, at: entry.at.getTime() };
}

export type LineOutcome = "counted" | "repeat" | "skipped" | "malformed";

/** Counts one line of the views log into this server's tally (the same tally and flush as server mode). */
export function countEdgeLogLine(line: string, counter: BeaconCounter): LineOutcome {
  const entry = parseEdgeLogLine(line);
  if (!entry) return "malformed";
  const view = viewOfEntry(entry);
  if (!view) return "skipped";
  return countView(view, counter) ? "counted" : "repeat";
}
