// Whom a request comes from, for throttling and the session list. Masthead's HTTP server writes the
// address into its own header on every request, replacing anything a client sent under that name, so
// the app never trusts an X-Forwarded-For that nobody vouches for.
import { isIPv6 } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-masthead-client-address";

/**
 * The client's address: the connection's own, or with `trustedHops` proxies in front, the entry the
 * outermost trusted proxy appended to X-Forwarded-For (entries further left are the client's word).
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const forwarded = trustedHops > 0 ? chain[chain.length - trustedHops] : undefined;
  return normalizeAddress(forwarded ?? remoteAddress ?? "unknown");
}

/** IPv4-mapped IPv6 as plain IPv4; an IPv6 address as its /64, which one subscriber usually holds whole. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(trimmed)) return trimmed.slice(0, 64);
  return `${expandIPv6(trimmed).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  const groups = address.includes("::") ? [...left, ...Array<string>(missing).fill("0"), ...right] : left;
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}

/** For code that only has the request (Auth.js's authorize, server actions). */
export function requestAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
