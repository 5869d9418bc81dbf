// Signed webhooks and the job queue's admin screens, English; the same shape as webhooks-zh-CN.ts.
import type {
  jobsServicesZhCN,
  jobsZhCN,
  webhooksServicesZhCN,
  webhooksZhCN,
} from "@/lib/i18n/messages/webhooks-zh-CN";

export const webhooksEn = {
  nav: "Webhooks",
  events: {
    "article.published": "Article published",
    "article.updated": "Published article updated",
    "article.unpublished": "Article taken off the site",
    "article.retracted": "Article retracted",
    "article.corrected": "Article corrected",
    "article.trashed": "Article moved to the trash",
    "live.entry_added": "Live entry added",
  },
  screen: {
    title: "Webhooks",
    heading: "Webhooks",
    intro:
      "When a chosen event happens, a signed JSON body (Standard Webhooks) is sent to each registered address. Failures are retried with exponential back-off for about a day; an address that keeps failing is paused, and gets what it missed when resumed.",
    empty: "No addresses registered yet.",
    url: "Address",
    description: "Description",
    events: "Events",
    enabled: "Enabled",
    status: "Status",
    statusEnabled: "Enabled",
    statusDisabled: "Disabled",
    statusPaused: "Paused",
    addHeading: "Register an address",
    add: "Register",
    open: "Open",
    secretShown: "Signing secret (shown only this once; keep it safe):",
    back: "← All addresses",
    editHeading: "Settings",
    save: "Save",
    delete: "Delete this address",
    confirmDelete: "Delete this address and all its deliveries?",
    pausedBecause: "Paused at {at}: {n} failed attempts in a row since {since}. Last error: {reason}",
    resume: "Resume",
    deliveries: "Deliveries",
    noDeliveries: "Nothing delivered yet.",
    delivery: "Event",
    deliveryStatus: "Outcome",
    attempts: "Attempts",
    attemptLine: "{at} · {status} · {ms} ms",
    noAnswer: "no answer",
    deliveryStates: {
      PENDING: "waiting to retry",
      DELIVERED: "delivered",
      FAILED: "failed",
      HELD: "held while paused",
    },
  },
  auditActions: {
    "webhook.create": "Webhook address registered",
    "webhook.update": "Webhook address changed",
    "webhook.delete": "Webhook address deleted",
    "webhook.resume": "Webhook deliveries resumed",
    "job.retry": "Failed job retried",
  } as Record<string, string>,
  actions: {
    created: "Registered",
    updated: "Saved",
    deleted: "Deleted",
    resumed: "Resumed; what was held is being sent",
  },
  validation: {
    urlRequired: "Enter an address",
    urlTooLong: "The address can have at most {max} characters",
    descriptionTooLong: "The description can have at most {max} characters",
    eventsRequired: "Choose at least one event",
  },
} satisfies typeof webhooksZhCN;

export const webhooksServicesEn = {
  adminsOnly: "Only admins manage webhooks",
  urlInvalid: "That is not a valid address",
  urlScheme: "Only http:// and https:// addresses are accepted",
  urlCredentials: "The address must not contain a user name or password",
  urlPrivate:
    "This address points into a private network or this machine, which is not allowed (WEBHOOK_ALLOW_PRIVATE_HOSTS)",
  eventUnknown: "Unknown event: {event}",
  notPaused: "This address is not paused",
} satisfies typeof webhooksServicesZhCN;

export const jobsEn = {
  nav: "Jobs",
  screen: {
    title: "Job queue",
    heading: "Job queue",
    intro:
      "Background jobs (webhook deliveries and more) are kept in the database, survive restarts and are retried with exponential back-off. Here: how many of each kind, and the failed ones.",
    queues: "Jobs by kind",
    name: "Job",
    waiting: "Waiting",
    active: "Running",
    failed: "Failed",
    completed: "Completed (last 12 hours)",
    failedHeading: "Failed jobs",
    noFailed: "No failed jobs.",
    attempts: "Attempts",
    lastError: "Last error",
    failedAt: "Failed at",
    retry: "Retry",
  },
  actions: { retried: "Queued again" },
} satisfies typeof jobsZhCN;

export const jobsServicesEn = {
  adminsOnly: "Only admins manage the job queue",
  notFailed: "Only a failed job can be retried",
} satisfies typeof jobsServicesZhCN;
