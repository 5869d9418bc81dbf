// Ids and cursors as they arrive in addresses and forms. Database ids are PostgreSQL `integer`
// (32-bit): anything outside 1…2³¹−1 cannot name a row and is refused here, before any query.
import { z } from "zod";

export const MAX_ID = 2_147_483_647;

/** A database id from a route segment or a form field, or null. */
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}

/**
 * The same rule for a schema: a form field ("42") or a number sent by a client (42). The issue carries
 * no message of its own, so whoever parses decides how a bad id is worded (see lib/actions).
 */
export const idSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const id = parseId(typeof value === "number" ? String(value) : value);
  if (id !== null) return id;
  ctx.addIssue({ code: "custom", input: value });
  return z.NEVER;
});

/**
 * A section's or tag's slug from an address, or null when it cannot be one: empty, longer than any
 * slug Masthead makes, or holding control characters (PostgreSQL text cannot hold NUL at all, so `%00`
 * would otherwise reach the database as an error).
 */
export const slugParamSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f]+$/);

export function parseSlug(value: unknown): string | null {
  const parsed = slugParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
