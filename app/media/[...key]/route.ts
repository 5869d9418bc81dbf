// GET /media/<key>: stored images, for local storage and for a bucket without a public URL. Only keys
// the library generates are answered, with the type their key was given when the upload was checked.
import { SERVED_FILE_HEADERS } from "@/lib/media/http";
import { typeForKey } from "@/lib/media/keys";
import { getMediaStorage } from "@/lib/media/storage";
import { IMMUTABLE_CACHE } from "@/lib/media/storage/types";
import { mediaKeySchema, parseParams } from "@/lib/validations/route-params";

function missing(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...SERVED_FILE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

async function serve(params: Promise<{ key: string[] }>, withBody: boolean): Promise<Response> {
  const key = parseParams(mediaKeySchema, (await params).key);
  const type = key === null ? undefined : typeForKey(key);
  if (key === null || !type) return missing();
  const file = await getMediaStorage().get(key);
  if (!file) return missing();
  return new Response(withBody ? file.data : null, {
    headers: {
      ...SERVED_FILE_HEADERS,
      "Content-Type": type.mimeType,
      "Content-Length": String(file.data.byteLength),
      "Cache-Control": IMMUTABLE_CACHE,
    },
  });
}

export async function GET(_request: Request, { params }: RouteContext<"/media/[...key]">): Promise<Response> {
  return serve(params, true);
}

export async function HEAD(_request: Request, { params }: RouteContext<"/media/[...key]">): Promise<Response> {
  return serve(params, false);
}
