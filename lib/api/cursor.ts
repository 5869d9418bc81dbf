// Opaque cursors: the position after the last item of a page, and which list it belongs to, as
// base64url JSON. Clients pass them back unchanged; one made for another list (other filters) or
// altered is refused rather than silently read as another position.
import { createHash } from "node:crypto";
import { z } from "zod";

const positionSchema = z.object({
  /** A digest of the list's filters. */
  l: z.string().max(16),
  /** Publication time in ms (articles) or place (a topic's order). */
  t: z.number().int().nonnegative().max(253_402_300_799_999).optional(),
  i: z.number().int().positive().max(2_147_483_647),
});

export type Position = z.infer<typeof positionSchema>;

/** A short digest of what a list is (its path and filters). */
export function listDigest(list: string, filters: Record<string, unknown>): string {
  return createHash("sha256")
    .update(JSON.stringify([list, filters]))
    .digest("base64url")
    .slice(0, 12);
}

export const encodePosition = (position: Position): string =>
  Buffer.from(JSON.stringify(position), "utf8").toString("base64url");

/** The position a cursor names, or null when it is not one of this list's. */
export function decodePosition(cursor: string, digest: string): Position | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = positionSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success && parsed.data.l === digest ? parsed.data : null;
  } catch {
    return null;
  }
}
