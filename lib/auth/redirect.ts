// Where to go after signing in comes from the query string, so an attacker chooses it. Browsers are
// forgiving with a Location header: they drop tabs and newlines, read `\` as `/`, and take `//host`,
// `/\host` or `/<tab>/host` as another site. Only a plain path on this site gets through.

const BASE = "http://masthead.invalid";

// Control characters (tab, CR, LF, NUL, C1), spaces, backslashes and Unicode line separators never
// occur in Masthead's own paths; browsers strip or reinterpret some of them.
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/;
// The same characters percent-encoded, and encoded slashes: a later decode could make `//` of them.
const UNSAFE_ESCAPE = /%(?:[01][0-9a-f]|20|2f|5c|7f|c2%[89][0-9a-f]|e2%80%a[89])/i;

/** A same-site path (with its query and fragment), or `fallback` for anything else. */
export function safeReturnPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (UNSAFE_CHARACTER.test(value) || UNSAFE_ESCAPE.test(value)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  // Dot segments can still climb to `//host` (`/a/../..//host`): judge the path as resolved.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === BASE && !path.startsWith("//") ? path : fallback;
}
