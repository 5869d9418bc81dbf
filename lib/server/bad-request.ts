// An address whose path is not valid percent-encoded UTF-8 (`/tags/%FF`, a cut-off `%E4%B8`) names no
// page: it is answered 400 here, once, before Next's router, which would fail on it with a 500.

export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const BAD_REQUEST = {
  status: 400,
  headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  body: "Bad Request: the address is not valid percent-encoded UTF-8.\n",
} as const;
