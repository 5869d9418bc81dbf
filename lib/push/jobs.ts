// The three push channels as queue jobs. Each job sends every URL of its channel waiting in the pool
// (lib/push/pending.ts), so the jobs of a burst of changes make one request and the rest find nothing;
// a refusal throws, and the queue retries with back-off while the URLs wait. Answers are logged.
import { env } from "@/lib/env";
import { defineJob, type JobContext } from "@/lib/jobs/define-job";
import type { PushAnswer } from "@/lib/push/answer";
import { BAIDU_BATCH, pushToBaidu } from "@/lib/push/baidu";
import { INDEXNOW_BATCH, submitIndexNow } from "@/lib/push/indexnow";
import { pushPending, type PushChannel } from "@/lib/push/pending";
import { pingHub } from "@/lib/push/websub";

/** Feeds a hub is told about in one job: far more than one change ever touches. */
const WEBSUB_BATCH = 200;

function logAnswers(channel: PushChannel, urls: readonly string[], answers: readonly PushAnswer[]): void {
  for (const answer of answers) {
    console.log(
      `[push] ${channel} ${answer.url} answered ${answer.status} in ${answer.ms} ms (${urls.length} URLs)${answer.body ? `: ${answer.body}` : ""}`,
    );
  }
}

async function flush(
  channel: PushChannel,
  limit: number,
  { db }: JobContext,
  send: (urls: string[]) => Promise<PushAnswer[]>,
): Promise<void> {
  try {
    const { urls, result } = await pushPending(db, channel, limit, send);
    if (result) logAnswers(channel, urls, result);
  } catch (error) {
    console.error(`[push] ${channel}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

// Retried for about a day: 10 s doubling (with jitter) over 13 tries.
const RETRIES = { retryLimit: 13, retryDelay: 10, retryBackoff: true, expireIn: 120 } as const;

export const websubPingJob = defineJob<Record<string, never>>({
  name: "push.websub",
  ...RETRIES,
  run: (_data, context) =>
    flush("websub", WEBSUB_BATCH, context, async (feedUrls) => {
      const hubUrl = env.push.websubHubUrl;
      return hubUrl ? pingHub({ hubUrl, feedUrls }) : [];
    }),
});

export const indexNowJob = defineJob<Record<string, never>>({
  name: "push.indexnow",
  ...RETRIES,
  run: (_data, context) =>
    flush("indexnow", INDEXNOW_BATCH, context, async (urls) => {
      const settings = env.push.indexNow;
      return settings ? submitIndexNow({ ...settings, siteUrl: env.siteUrl, urls }) : [];
    }),
});

export const baiduPushJob = defineJob<Record<string, never>>({
  name: "push.baidu",
  ...RETRIES,
  run: (_data, context) =>
    flush("baidu", BAIDU_BATCH, context, async (urls) => {
      const settings = env.push.baidu;
      return settings ? pushToBaidu({ ...settings, siteUrl: env.siteUrl, urls }) : [];
    }),
});
