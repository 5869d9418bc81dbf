import { decodeCursor } from "@/lib/content/queries";

/**
 * Whether a deeper listing page's cursor (`?before=…`, which next.config.js rewrites into the path so
 * that each page is cached on its own) names a position. One that does not is a 404, not page one.
 */
export const isListingCursor = (before: string | undefined): boolean =>
  before === undefined || decodeCursor(before) !== null;
