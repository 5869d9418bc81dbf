// Sends one file to POST /api/media (see app/api/media/route.ts) and reads the answer.
import { fill } from "@/lib/i18n/fill";
import { formatBytes } from "@/lib/media/types";
import type { MediaItem } from "@/lib/services/media/media-item";

export type UploadResult = { ok: true; item: MediaItem } | { ok: false; message: string };

function isUploadAnswer(value: unknown): value is UploadResult {
  return typeof value === "object" && value !== null && "ok" in value;
}

/** How a failed upload is worded: the `upload` strings of the admin's messages. */
export interface UploadWords {
  tooLarge: string;
  failedStatus: string;
  failedNetwork: string;
}

export async function uploadImage(file: File, maxBytes: number, words: UploadWords): Promise<UploadResult> {
  // Checked here too, so a large file is refused before it is sent rather than after a long upload; the
  // server checks again (and checks what the file is, which only it can).
  if (file.size > maxBytes) {
    return { ok: false, message: fill(words.tooLarge, { limit: formatBytes(maxBytes), size: formatBytes(file.size) }) };
  }
  const body = new FormData();
  body.set("file", file);
  try {
    const response = await fetch("/api/media", { method: "POST", body, credentials: "same-origin" });
    const answer: unknown = await response.json().catch(() => null);
    if (isUploadAnswer(answer)) return answer;
    return { ok: false, message: fill(words.failedStatus, { status: response.status }) };
  } catch {
    return { ok: false, message: words.failedNetwork };
  }
}
