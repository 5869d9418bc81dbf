// Free text from a search box or an address: control characters become spaces (PostgreSQL text cannot
// hold NUL at all, so `%00` would otherwise reach the database as an error), then it is trimmed.
import { z } from "zod";

const CONTROL = /[\u0000-\u001f\u007f]/g;

export const searchTextSchema = (max: number) =>
  z
    .string()
    .transform((text) => text.replace(CONTROL, " ").trim())
    .pipe(z.string().max(max));

/**
 * The same input without NUL characters, in every string of a form or a plain object (files and other
 * objects untouched): a forged NUL would otherwise reach PostgreSQL as an error, where it must be a
 * value like any other.
 */
export function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withoutNul(entry)]));
  }
  return value;
}
