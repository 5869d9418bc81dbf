// The HTTP side of the library: headers for served files, and reading an upload without ever holding
// more than the size limit in memory.

/**
 * Served images are only ever images: the stored type and no sniffing (a browser must never decide a
 * file is HTML), shown inline, and, should one be opened on its own, a page that may run nothing.
 */
export const SERVED_FILE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Disposition": "inline",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
} as const;

/** Room for the multipart envelope (boundaries, part headers) around a file of the maximum size. */
export const MULTIPART_ROOM = 64 * 1024;

/** The request body, or null once it passes `cap` bytes (the rest is not read). */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  cap: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

/**
 * Uploads are plain POSTs, not server actions, so they do not get Next's origin check: a request a
 * browser marks as coming from another site is refused here. (Session cookies are SameSite=Lax, which
 * already keeps them off cross-site POSTs; this does not rely on it.)
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
