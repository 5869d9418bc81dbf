// The envelope of every list: the items, and the cursor and address of the next page (null on the last).
import { env } from "@/lib/env";

export interface ListEnvelope<T> {
  data: T[];
  nextCursor: string | null;
  next: string | null;
}

export function envelope<T>(url: URL, data: T[], nextCursor: string | null): ListEnvelope<T> {
  if (!nextCursor) return { data, nextCursor: null, next: null };
  const next = new URL(`${url.pathname}${url.search}`, env.siteUrl);
  next.searchParams.set("cursor", nextCursor);
  return { data, nextCursor, next: next.toString() };
}
