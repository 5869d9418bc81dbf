import { z } from "zod";
import { parseLocalDateTime } from "@/lib/newsroom/time";
import type { ArticleFilters } from "@/lib/services/articles/admin-queries";
import { idSchema } from "@/lib/validations/ids";
import { searchTextSchema } from "@/lib/validations/text";

const STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED"] as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalId = z.preprocess(first, idSchema.optional().catch(undefined));

/** Reads the article list's query string; anything unreadable is ignored rather than an error. */
export function parseArticleFilters(
  query: Record<string, string | string[] | undefined>,
  timeZone: string,
): ArticleFilters {
  const day = (value: unknown, endOfDay: boolean) => {
    const text = typeof first(value) === "string" ? String(first(value)) : "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
    const start = parseLocalDateTime(`${text} 00:00`, timeZone);
    return start && endOfDay ? new Date(start.getTime() + 86_400_000) : (start ?? undefined);
  };
  return {
    status: z.preprocess(first, z.enum(STATUSES).optional().catch(undefined)).parse(query.status),
    sectionId: optionalId.parse(query.section),
    authorId: optionalId.parse(query.author),
    from: day(query.from, false),
    to: day(query.to, true),
    q: z.preprocess(first, searchTextSchema(100).optional().catch(undefined)).parse(query.q) || undefined,
    page: z
      .preprocess(first, z.coerce.number().int().min(1).max(100_000).optional().catch(undefined))
      .parse(query.page),
  };
}
