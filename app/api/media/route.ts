// POST /api/media: an upload into the media library (multipart, field "file"). A route rather than a
// server action because photographs exceed the 1 MB a server action accepts, and outside /admin because
// the proxy there buffers request bodies only up to 10 MB. It is as thin as an action: who asks, read
// the file (never past the size limit), hand it to the service, answer in JSON.
import { actionContext } from "@/lib/actions/action-context";
import { env } from "@/lib/env";
import { isSameOrigin, MULTIPART_ROOM, readCapped } from "@/lib/media/http";
import { actionStrings } from "@/lib/i18n/server";
import { formatBytes } from "@/lib/media/types";
import { ServiceError } from "@/lib/services/errors";
import { uploadMedia } from "@/lib/services/media/upload-media";
import { fill } from "@/lib/i18n/fill";

const STATUS: Record<ServiceError["code"], number> = {
  validation: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unauthenticated: 401,
};

function answer(status: number, body: object): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

const refuse = (status: number, message: string) => answer(status, { ok: false, message });

export async function POST(request: Request): Promise<Response> {
  const strings = await actionStrings();
  const m = strings.actions;
  if (!isSameOrigin(request)) return refuse(403, m.uploadCrossSite);
  try {
    // Who asks comes first: an anonymous request is refused before its body is read.
    const ctx = await actionContext();
    const limit = env.mediaMaxBytes;
    const declared = Number(request.headers.get("content-length"));
    const tooLarge = (size?: number) =>
      refuse(
        413,
        size
          ? fill(m.uploadTooLargeFile, { limit: formatBytes(limit), size: formatBytes(size) })
          : fill(m.uploadTooLarge, { limit: formatBytes(limit) }),
      );
    if (Number.isFinite(declared) && declared > limit + MULTIPART_ROOM) return tooLarge(declared);
    const body = await readCapped(request.body, limit + MULTIPART_ROOM);
    if (!body) return tooLarge();

    let file: FormDataEntryValue | null;
    try {
      const type = request.headers.get("content-type") ?? "";
      file = (await new Response(body, { headers: { "Content-Type": type } }).formData()).get("file");
    } catch {
      return refuse(400, m.uploadUnreadable);
    }
    if (!(file instanceof File)) return refuse(400, m.uploadChooseFile);
    const item = await uploadMedia(ctx, { data: new Uint8Array(await file.arrayBuffer()), name: file.name });
    return answer(201, { ok: true, item });
  } catch (error) {
    if (error instanceof ServiceError) {
      return answer(STATUS[error.code], { ok: false, ...error.worded(strings.services) });
    }
    throw error;
  }
}
