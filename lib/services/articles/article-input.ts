import type { BodyDoc } from "@/lib/newsroom/body";
import type { ArticleSnapshot } from "@/lib/newsroom/article-snapshot";

export interface CreditInput {
  roleKey: string;
  name: string;
  affiliation: string | null;
}

/** Everything an editor sets on an article, already validated and parsed. */
export interface ArticleContent {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  summary: string | null;
  body: BodyDoc;
  source: string | null;
  sourceUrl: string | null;
  sectionId: number | null;
  tags: string[];
  credits: CreditInput[];
  publishedAt: Date | null;
  embargoUntil: Date | null;
  /** The cover image (media library id); null for none. Left out, an update keeps the current cover. */
  coverMediaId?: number | null;
}

export function toSnapshot(content: ArticleContent): ArticleSnapshot {
  return {
    kicker: content.kicker,
    title: content.title,
    subtitle: content.subtitle,
    summary: content.summary,
    body: content.body,
    source: content.source,
    sourceUrl: content.sourceUrl,
    sectionId: content.sectionId,
    tags: content.tags,
    credits: content.credits,
    publishedAt: content.publishedAt?.toISOString() ?? null,
    embargoUntil: content.embargoUntil?.toISOString() ?? null,
    coverMediaId: content.coverMediaId ?? null,
  };
}

export function fromSnapshot(snapshot: ArticleSnapshot): ArticleContent {
  return {
    ...snapshot,
    publishedAt: snapshot.publishedAt ? new Date(snapshot.publishedAt) : null,
    embargoUntil: snapshot.embargoUntil ? new Date(snapshot.embargoUntil) : null,
  };
}
