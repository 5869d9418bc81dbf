// A public page rendered per request (search results) is HTML for everyone, like a cached one, and is
// served under the same `script-src 'self'` policy (lib/security/headers.ts): it leaves without Next's
// client runtime, as cached pages enter the response store without it. Next's compression has already
// run when the hooks see the bytes, so the body is decoded, stripped and encoded again.
import { brotliCompressSync, brotliDecompressSync, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { withoutClientRuntime } from "@/lib/cache/strip-client-runtime";

const CODECS: Record<string, [(body: Buffer) => Buffer, (body: Buffer) => Buffer]> = {
  identity: [(body) => body, (body) => body],
  gzip: [gunzipSync, gzipSync],
  deflate: [inflateSync, deflateSync],
  br: [brotliDecompressSync, brotliCompressSync],
};

/** The body without client runtime, in the same encoding; unchanged when it is not HTML or cannot be read. */
export function stripPerRequestPage(
  body: Buffer,
  contentType: string | undefined,
  encoding: string | undefined,
): Buffer {
  if (!/^text\/html\b/i.test(contentType ?? "")) return body;
  const codec = CODECS[(encoding ?? "identity").trim().toLowerCase()];
  if (!codec) return body;
  const [decode, encode] = codec;
  let html: string;
  try {
    html = decode(body).toString("utf8");
  } catch {
    return body;
  }
  const stripped = withoutClientRuntime(html);
  return stripped === html ? body : encode(Buffer.from(stripped, "utf8"));
}
