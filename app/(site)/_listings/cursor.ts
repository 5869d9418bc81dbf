import { notFound } from "next/navigation";
import { decodeCursor } from "@/lib/content/queries";

/**
 * The keyset cursor of a deeper listing page (`?before=…`, which next.config.js rewrites into the path
 * so that each page is cached on its own). A cursor that names no position is a 404, not page one.
 */
export function listingCursor(before: string | undefined): string | undefined {
  if (before !== undefined && !decodeCursor(before)) notFound();
  return before;
}
