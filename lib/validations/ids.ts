// Ids and cursors as they arrive in addresses and forms. Database ids are PostgreSQL `integer`
// (32-bit): anything outside 1…2³¹−1 cannot name a row and is refused here, before any query.
export const MAX_ID = 2_147_483_647;

/** A database id from a route segment or a form field, or null. */
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}
