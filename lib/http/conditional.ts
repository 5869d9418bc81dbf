// Conditional GET (RFC 9110 §13): whether a client's stored copy is still the current one, so that
// it gets 304 Not Modified instead of the body again.

export interface Validators {
  etag?: string;
  /** An HTTP date. */
  lastModified?: string;
}

export interface Preconditions {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

/** Weak comparison: W/"x" and "x" name the same representation for If-None-Match (§13.1.2). */
const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

export function isNotModified(request: Preconditions, response: Validators): boolean {
  // If-None-Match wins over If-Modified-Since (§13.2.2).
  if (request.ifNoneMatch !== undefined) {
    if (response.etag === undefined) return false;
    const current = opaque(response.etag);
    return request.ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === current);
  }
  if (request.ifModifiedSince === undefined || response.lastModified === undefined) return false;
  const since = Date.parse(request.ifModifiedSince);
  const modified = Date.parse(response.lastModified);
  // HTTP dates have whole seconds.
  return Number.isFinite(since) && Number.isFinite(modified) && Math.floor(modified / 1000) <= Math.floor(since / 1000);
}
