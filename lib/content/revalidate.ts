import "server-only";
import { revalidateTag } from "next/cache";

/** Expires cached public content at once (not stale-while-revalidate): readers see a publish immediately. */
export function expireTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
