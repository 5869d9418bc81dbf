interface PublishState {
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
}

/** What publishing sets: the shown time is kept when the editor gave one, else it is now. */
export function publishedFields(article: PublishState, now: Date) {
  return {
    status: "PUBLISHED" as const,
    publishedAt: article.publishedAt ?? now,
    firstPublishedAt: article.firstPublishedAt ?? now,
  };
}
