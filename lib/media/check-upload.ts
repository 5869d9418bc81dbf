// The checks an upload passes before any image library touches it: not empty, not over the limit, and
// by its content (not its name) one of the accepted formats.
import { sniffImage, type SniffResult } from "./sniff";
import { formatBytes } from "./types";

export function checkUpload(data: Uint8Array, maxBytes: number): SniffResult {
  if (data.byteLength === 0) return { ok: false, reason: { key: "chooseImage" } };
  if (data.byteLength > maxBytes) {
    return {
      ok: false,
      reason: { key: "imageTooLarge", values: { limit: formatBytes(maxBytes), size: formatBytes(data.byteLength) } },
    };
  }
  return sniffImage(data);
}
