// What review approves of an article: its content as the reader will get it, reduced to one hash, so
// that a sign-off can be compared with the article as it is now without keeping a copy of it.
import { createHash } from "node:crypto";
import type { Json } from "@/lib/validations/article-field-kinds";
import {
  canonicalJson,
  contentToJson,
  emptyContent,
  type ArticleContent,
  type ArticleFieldName,
} from "@/lib/validations/article-content";

/**
 * Times are the workflow's business, not the reviewers': moving the dateline or an embargo does not
 * undo an approval (lifting an embargo early is checked on its own, see lib/services/review/gate.ts).
 */
// Times that say when, not what: moving them needs no new review (a take-down or a live coverage's end
// only takes the article away sooner).
const NOT_REVIEWED: ReadonlySet<ArticleFieldName> = new Set([
  "publishedAt",
  "embargoUntil",
  "takedownAt",
  "liveEndsAt",
]);

const EMPTY = contentToJson(emptyContent);

/**
 * The hash of the reviewed content. A field left at its empty value is left out, so a field added to
 * the declaration later (empty on every older article) does not undo the approvals given before it.
 */
export function reviewedContentHash(content: ArticleContent): string {
  const json = contentToJson(content);
  const kept: Record<string, Json> = {};
  for (const [name, value] of Object.entries(json) as Array<[ArticleFieldName, Json]>) {
    if (NOT_REVIEWED.has(name)) continue;
    if (canonicalJson(value) === canonicalJson(EMPTY[name])) continue;
    kept[name] = value;
  }
  return createHash("sha256").update(canonicalJson(kept)).digest("hex");
}
