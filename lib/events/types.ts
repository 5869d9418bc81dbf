// The things that happen to content that other systems hear about (webhooks, feed hubs, search
// engines). Each is recorded in the same transaction as the change (lib/events/record.ts).
import type { ArticleStatus } from "@/lib/generated/prisma/client";

export const DOMAIN_EVENT_TYPES = [
  /** Readers can now see it: published (first time or again), a scheduled article went live, an embargo ended. */
  "article.published",
  /** A save of an article readers can see. */
  "article.updated",
  /** Taken off the site: unpublished, archived, or taken down at its take-down time. */
  "article.unpublished",
  "article.retracted",
  /** A correction or update note was added. */
  "article.corrected",
  "article.trashed",
  "live.entry_added",
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export function isDomainEventType(value: string): value is DomainEventType {
  return (DOMAIN_EVENT_TYPES as readonly string[]).includes(value);
}

/** The article as it was when the event happened. Times are ISO 8601 strings. */
export interface ArticleSummary {
  id: number;
  title: string;
  /** Its public address (absolute, from SITE_URL). */
  url: string;
  status: ArticleStatus;
  publishedAt: string | null;
  modifiedAt: string | null;
}

export interface DomainEventPayload {
  article: ArticleSummary;
  /** live.entry_added: the new entry. */
  entryId?: number;
}

export interface DomainEvent {
  id: string;
  type: DomainEventType;
  articleId: number | null;
  payload: DomainEventPayload;
  occurredAt: Date;
}
