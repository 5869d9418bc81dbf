// Which changes go to which push channel, as a consumer of domain events (lib/events/subscribe.ts):
// the URLs join the pool in the relay's transaction, and one job per event and channel is queued to
// send the pool. WebSub hears of every change to a feed (live entries too: they move the item's date);
// IndexNow of every change to an article's page, including its removal, which engines want to know;
// Baidu of publications only, as its quota is small and it recrawls what it already has.
import { env } from "@/lib/env";
import { jobRequest, type JobRequest, type Subscriber } from "@/lib/events/subscribe";
import type { DomainEventType } from "@/lib/events/types";
import { feedScopesOf, feedUrlsOf } from "@/lib/push/affected-feeds";
import { baiduPushJob, indexNowJob, websubPingJob } from "@/lib/push/jobs";
import { queueUrls } from "@/lib/push/pending";

export const PAGE_CHANGES: readonly DomainEventType[] = [
  "article.published",
  "article.updated",
  "article.corrected",
  "article.unpublished",
  "article.retracted",
  "article.trashed",
];
export const FEED_CHANGES: readonly DomainEventType[] = [...PAGE_CHANGES, "live.entry_added"];

export const pushChanges: Subscriber = async (event, { tx }) => {
  const articleId = event.articleId;
  if (articleId === null) return [];
  const jobs: JobRequest[] = [];
  if (env.push.websubHubUrl && FEED_CHANGES.includes(event.type)) {
    await queueUrls(tx, "websub", feedUrlsOf(env.siteUrl, await feedScopesOf(tx, articleId)));
    jobs.push(jobRequest(websubPingJob, {}));
  }
  const pageUrl = event.payload.article.url;
  if (env.push.indexNow && PAGE_CHANGES.includes(event.type)) {
    await queueUrls(tx, "indexnow", [pageUrl]);
    jobs.push(jobRequest(indexNowJob, {}));
  }
  if (env.push.baidu && event.type === "article.published") {
    await queueUrls(tx, "baidu", [pageUrl]);
    jobs.push(jobRequest(baiduPushJob, {}));
  }
  return jobs;
};
