// Every job the worker runs. A new job: define it with defineJob (lib/jobs/define-job.ts) beside the
// code it drives, and add it here.
import { cachePurgeJob } from "@/lib/cache/purge-job";
import type { AnyJobDefinition } from "@/lib/jobs/define-job";
import { baiduPushJob, indexNowJob, websubPingJob } from "@/lib/push/jobs";
import { webhookDeliveryJob } from "@/lib/webhooks/delivery-job";

export const JOBS: readonly AnyJobDefinition[] = [
  webhookDeliveryJob as AnyJobDefinition,
  cachePurgeJob as AnyJobDefinition,
  websubPingJob as AnyJobDefinition,
  indexNowJob as AnyJobDefinition,
  baiduPushJob as AnyJobDefinition,
];

export function findJob(name: string): AnyJobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
