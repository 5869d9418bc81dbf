// URL checks for the two places a writer can put a URL into a body: a link's href and an image's src.
// Both are allow-lists of schemes, decided on the URL as a browser would read it: browsers drop tabs,
// newlines and other invisible characters inside a URL and ignore the case of a scheme, so "Java\tScript:"
// must be judged as "javascript:".

export const MAX_URL_LENGTH = 2048;

// Control and format characters (C0/C1, zero-width, bidi overrides, BOM) have no business in a URL a
// writer typed; they are how a scheme gets hidden from naive checks, so a URL containing one is refused.
const HIDDEN = /[\p{Cc}\p{Cf}]/u;
const SPACE = /[\s\p{Z}]/gu;

// "//host" and "/\host" are protocol-relative (browsers read "\" as "/"), so only "/" followed by
// something else is a path on this site.
const SITE_RELATIVE = /^\/(?![/\\])/;
const WEB = /^https?:\/\/[^/\\\s?#@]/;
const MAILTO = /^mailto:[^/\\]/;

/** The URL as a browser reads it when it picks the scheme: invisible characters gone, lower case. */
function folded(url: string): string | null {
  if (url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  if (HIDDEN.test(url) || url !== url.trim()) return null;
  return url.replace(SPACE, "").toLowerCase();
}

/** A link target: http(s), mailto, or a path on this site. Everything else (javascript:, data:, //host …) is refused. */
export function isSafeHref(url: string): boolean {
  const value = folded(url);
  return value !== null && (WEB.test(value) || MAILTO.test(value) || SITE_RELATIVE.test(value));
}

/** An image source: http(s) or a path on this site. */
export function isSafeImageSrc(url: string): boolean {
  const value = folded(url);
  return value !== null && (WEB.test(value) || SITE_RELATIVE.test(value));
}

/** Links that leave the site get rel="nofollow …"; site paths and mail links do not need it. */
export function isExternalHref(url: string): boolean {
  return WEB.test(folded(url) ?? "");
}
