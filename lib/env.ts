// The one place that reads process.env: everything else imports `env`.
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

/** on/off, true/false, 1/0. */
const flag = (fallback: "on" | "off") =>
  z
    .enum(["on", "off", "true", "false", "1", "0"])
    .default(fallback)
    .transform((value) => value === "on" || value === "true" || value === "1");

/** Comma-separated URLs of one protocol; unset or empty: undefined. */
const urlList = (protocol: RegExp) =>
  optionalString.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol })))
      .optional(),
  );

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server; when unset Masthead runs on embedded PGlite. */
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Comma-separated streaming replicas of DATABASE_URL for public reads; writes and admin reads stay on the primary. */
  DATABASE_REPLICA_URLS: urlList(/^postgres(ql)?$/),
  /** Folder of the embedded database and of generated secrets; `memory://` keeps it in memory. */
  MASTHEAD_DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: optionalString.pipe(z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional()),
  ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalString.pipe(
    z.string().min(PASSWORD_MIN_LENGTH, `ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters`).optional(),
  ),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Absolute base URL used in feeds and canonical links. */
  SITE_URL: optionalString.pipe(z.url().optional()),
  SITE_NAME: z.string().default("Masthead"),
  /**
   * The site's own X (Twitter) account, `@handle` or `handle`, sent as twitter:site on every public
   * page. Part of the site's identity like SITE_NAME; unset: no twitter:site.
   */
  TWITTER_SITE: optionalString.pipe(
    z
      .string()
      .regex(/^@?[A-Za-z0-9_]{1,15}$/, "TWITTER_SITE must be an X/Twitter handle such as @masthead")
      .transform((handle) => (handle.startsWith("@") ? handle : `@${handle}`))
      .optional(),
  ),
  /**
   * A WeChat official account (公众号) for the JS-SDK signature endpoint (/api/wechat/signature); both
   * or neither. Unset: no endpoint, and WeChat shares pages from their title, description and image.
   */
  WECHAT_APP_ID: optionalString,
  WECHAT_APP_SECRET: optionalString,
  /** WeChat's API; changed only to point at a proxy or a test fake. */
  WECHAT_API_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** IANA zone in which times are shown and entered. */
  SITE_TIME_ZONE: z.string().default("Asia/Shanghai"),
  /** How often the server publishes due scheduled articles and lifts embargoes; 0 turns it off. */
  MASTHEAD_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
  /** Where uploaded images go: a folder on this machine, or an S3-compatible bucket. */
  MEDIA_STORAGE: z.enum(["local", "s3"]).default("local"),
  /** Folder of uploaded images for local storage; default `<data folder>/media`. */
  MEDIA_DIR: optionalString,
  /** Largest accepted upload, in bytes (default 15 MB). */
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(15 * 1024 * 1024),
  S3_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  S3_BUCKET: optionalString,
  /** Most S3-compatible stores accept any region name; AWS needs the bucket's own. */
  S3_REGION: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** Public base URL of the bucket (a CDN or a public bucket); unset: images are served through /media. */
  S3_PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Redis shared by several servers for sign-in throttling and the API's rate limit; unset: the PostgreSQL server, or memory when embedded. */
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  /** The production server's log: one JSON object a line (pino), or the plain lines of a terminal. */
  LOG_FORMAT: z.enum(["json", "text"]).default("json"),
  /** Lines below this level are left out (JSON format). */
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Bearer token for GET /api/metrics (Prometheus); unset: the endpoint answers 404. */
  METRICS_TOKEN: optionalString.pipe(z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional()),
  /** A staff session ends after this many minutes without a request… */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(120),
  /** …and this many hours after signing in, whatever the activity. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /**
   * Reverse proxies in front of Masthead that append the client's address to X-Forwarded-For. 0: none,
   * the connection's own address is the client's, and X-Forwarded-For is ignored (anyone can send it).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * The server's JavaScript heap, in MB (V8's old space). Node would otherwise let it grow towards a
   * quarter of the machine's memory before collecting in earnest; cached pages are buffers outside it.
   */
  SERVER_HEAP_MB: z.coerce.number().int().min(64).default(256),
  /** Memory for rendered public pages, feeds and their data, in MB; 0 keeps nothing (every request renders). */
  CACHE_MAX_MB: z.coerce.number().int().min(0).default(128),
  /** Memory for the hottest responses, served before Next is asked (lib/server/hot-cache.ts), in MB; 0: off. */
  CACHE_HOT_MB: z.coerce.number().int().min(0).default(32),
  /** Readers' renders (cache misses) one server runs at once; the rest wait (lib/server/reader-gate.ts). 0: no limit. */
  READER_RENDER_SLOTS: z.coerce.number().int().min(0).default(4),
  /** Seconds shared caches (a CDN, the shipped nginx) may serve a public response without asking. */
  CACHE_S_MAXAGE: z.coerce.number().int().min(0).default(1),
  CACHE_STALE_WHILE_REVALIDATE: z.coerce.number().int().min(0).default(60),
  CACHE_STALE_IF_ERROR: z.coerce.number().int().min(0).default(86_400),
  /** Comma-separated URLs that receive the surrogate keys of every change (PURGE with Surrogate-Key). */
  CACHE_PURGE_URLS: urlList(/^https?$/),
  /** With CACHE_PURGE_URLS: how long caches that are purged by key may keep a response, in seconds. */
  CACHE_PURGE_MAX_AGE: z.coerce.number().int().min(1).default(86_400),
  /** With REDIS_URL: the namespace of the shared cache's keys (one per site when sites share a Redis). */
  CACHE_SHARED_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/)
    .default("masthead:cache:"),
  /** With REDIS_URL: how long the shared cache keeps an entry nothing expired, in seconds. */
  CACHE_SHARED_TTL_SECONDS: z.coerce.number().int().min(1).default(86_400),
  /** A WebSub hub: feeds advertise it, and every change to a feed pings it. Unset: no hub. */
  WEBSUB_HUB_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** The site's IndexNow key (8–128 letters, digits, dashes): served at /<key>.txt; changes are submitted. */
  INDEXNOW_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9-]{8,128}$/, "INDEXNOW_KEY must be 8 to 128 letters, digits or dashes")
      .optional(),
  ),
  INDEXNOW_ENDPOINT: z.url({ protocol: /^https?$/ }).default("https://api.indexnow.org/indexnow"),
  /** The token of Baidu's link submission API (百度搜索资源平台 → 普通收录 → API提交); unset: no push. */
  BAIDU_PUSH_TOKEN: optionalString,
  BAIDU_PUSH_ENDPOINT: z.url({ protocol: /^https?$/ }).default("http://data.zz.baidu.com/urls"),
  /** Whether this server works the job queue and relays domain events (lib/jobs/); off: it only queues them. */
  MASTHEAD_JOBS_WORKER: flag("on"),
  /** How often an idle worker asks the queue for a job, in seconds. */
  MASTHEAD_JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
  /** How often the relay looks for new domain events (lib/events/relay.ts), in milliseconds. */
  MASTHEAD_EVENTS_RELAY_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(1_000),
  /** Webhook endpoints may resolve to loopback, private and link-local addresses (tests, an intranet). Off: refused. */
  WEBHOOK_ALLOW_PRIVATE_HOSTS: flag("off"),
  /** How long a webhook delivery waits for an answer, in milliseconds. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Seconds before a failed delivery's first retry; each retry doubles it (the default reaches about a day in 12 retries). */
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3_600).default(15),
  /** An endpoint is paused after this many failed attempts in a row (or 24 hours of nothing but failures). */
  WEBHOOK_PAUSE_AFTER_FAILURES: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Requests a minute each content API key may make (/api/v1); past it the API answers 429. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /**
   * Where views come from (lib/views): `server` counts the article requests this server answers (nothing
   * in front); `edge-log` reads the edge's access log (VIEWS_EDGE_LOG) instead; `beacon` counts a POST
   * /api/views that public/views.js sends from the page (a CDN whose logs cannot be read); `off` counts
   * nothing.
   */
  VIEWS_SOURCE: optionalString.pipe(z.enum(["server", "edge-log", "beacon", "off"]).default("server")),
  /** With VIEWS_SOURCE=edge-log: the edge's views log (nginx `log_format masthead_views`) this server follows. */
  VIEWS_EDGE_LOG: optionalString,
  /** How often each server writes the views it counted (lib/views), in ms: one batch per interval. */
  VIEWS_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** A reader (address + browser) viewing the same article again within this many minutes counts once; 0: off. */
  VIEWS_DEDUPE_MINUTES: z.coerce.number().int().min(0).max(1_440).default(30),
  /** How long the 热门 lists (and the pages showing them) may lag behind the counts, in seconds. */
  POPULAR_REFRESH_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
});

// S3 storage without its settings would fail only at the first upload; say so at start instead.
const S3_REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

function s3Settings(raw: z.infer<typeof schema>) {
  if (raw.MEDIA_STORAGE !== "s3") return undefined;
  const missing = S3_REQUIRED.filter((key) => raw[key] === undefined);
  if (missing.length > 0) throw new Error(`Invalid environment:\n  MEDIA_STORAGE=s3 needs ${missing.join(", ")}`);
  return {
    endpoint: (raw.S3_ENDPOINT ?? "").replace(/\/+$/, ""),
    bucket: raw.S3_BUCKET ?? "",
    region: raw.S3_REGION ?? "us-east-1",
    accessKeyId: raw.S3_ACCESS_KEY_ID ?? "",
    secretAccessKey: raw.S3_SECRET_ACCESS_KEY ?? "",
    publicUrl: raw.S3_PUBLIC_URL?.replace(/\/+$/, ""),
  };
}

function wechatSettings(raw: z.infer<typeof schema>) {
  if (raw.WECHAT_APP_ID === undefined && raw.WECHAT_APP_SECRET === undefined) return undefined;
  if (raw.WECHAT_APP_ID === undefined || raw.WECHAT_APP_SECRET === undefined) {
    throw new Error("Invalid environment:\n  WECHAT_APP_ID and WECHAT_APP_SECRET go together: set both or neither");
  }
  return {
    appId: raw.WECHAT_APP_ID,
    appSecret: raw.WECHAT_APP_SECRET,
    apiUrl: raw.WECHAT_API_URL ?? "https://api.weixin.qq.com",
  };
}

// A log path with another source would be silently ignored; say so at start instead.
function viewsSource(raw: z.infer<typeof schema>) {
  if (raw.VIEWS_EDGE_LOG !== undefined && raw.VIEWS_SOURCE !== "edge-log") {
    throw new Error(
      `Invalid environment:\n  VIEWS_EDGE_LOG is only read with VIEWS_SOURCE=edge-log (not ${raw.VIEWS_SOURCE})`,
    );
  }
  return { source: raw.VIEWS_SOURCE, edgeLog: raw.VIEWS_EDGE_LOG };
}

/** Reads and checks the settings (exported for its tests; the app uses `env`). */
export function loadEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const raw = parsed.data;
  if (raw.DATABASE_REPLICA_URLS?.length && !raw.DATABASE_URL) {
    throw new Error("Invalid environment:\n  DATABASE_REPLICA_URLS: replicas need their primary in DATABASE_URL");
  }
  const siteUrl = (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, "");
  const embedded = raw.DATABASE_URL === undefined;
  const dataDir = raw.MASTHEAD_DATA_DIR === "memory://" ? "memory://" : path.resolve(raw.MASTHEAD_DATA_DIR);
  // An in-memory database still needs somewhere on disk for image files.
  const defaultMediaDir = dataDir === "memory://" ? path.join(tmpdir(), "masthead-media") : path.join(dataDir, "media");
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: raw.DATABASE_URL,
    replicaUrls: raw.DATABASE_REPLICA_URLS ?? [],
    /** True when running on the embedded PGlite database. */
    embedded,
    dataDir,
    authSecret: raw.AUTH_SECRET,
    adminEmail: raw.ADMIN_EMAIL,
    adminPassword: raw.ADMIN_PASSWORD,
    port: raw.PORT,
    siteUrl,
    /** Cookies get Secure and a __Host-/__Secure- prefix from the configured address, never from a request header. */
    secureCookies: siteUrl.startsWith("https://"),
    siteName: raw.SITE_NAME,
    /** Set when WECHAT_APP_ID and WECHAT_APP_SECRET are. */
    wechat: wechatSettings(raw),
    /** `@handle` of the site's X/Twitter account, or undefined. */
    twitterSite: raw.TWITTER_SITE,
    timeZone: raw.SITE_TIME_ZONE,
    schedulerIntervalMs: raw.MASTHEAD_SCHEDULER_INTERVAL_MS,
    mediaStorage: raw.MEDIA_STORAGE,
    mediaDir: path.resolve(raw.MEDIA_DIR ?? defaultMediaDir),
    mediaMaxBytes: raw.MEDIA_MAX_BYTES,
    /** Set when MEDIA_STORAGE=s3. */
    s3: s3Settings(raw),
    redisUrl: raw.REDIS_URL,
    metricsToken: raw.METRICS_TOKEN,
    log: { format: raw.LOG_FORMAT, level: raw.LOG_LEVEL },
    session: { idleMs: raw.SESSION_IDLE_MINUTES * 60_000, maxAgeSeconds: raw.SESSION_MAX_HOURS * 3600 },
    trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
    serverHeapMb: raw.SERVER_HEAP_MB,
    api: { rateLimitPerMinute: raw.API_RATE_LIMIT_PER_MINUTE },
    cache: {
      maxBytes: raw.CACHE_MAX_MB * 1024 * 1024,
      hotBytes: raw.CACHE_HOT_MB * 1024 * 1024,
      readerRenderSlots: raw.READER_RENDER_SLOTS,
      sMaxAge: raw.CACHE_S_MAXAGE,
      staleWhileRevalidate: raw.CACHE_STALE_WHILE_REVALIDATE,
      staleIfError: raw.CACHE_STALE_IF_ERROR,
      purgeUrls: raw.CACHE_PURGE_URLS ?? [],
      purgeMaxAge: raw.CACHE_PURGE_MAX_AGE,
      sharedTtlSeconds: raw.CACHE_SHARED_TTL_SECONDS,
      sharedPrefix: raw.CACHE_SHARED_PREFIX,
    },
    push: {
      websubHubUrl: raw.WEBSUB_HUB_URL,
      indexNow: raw.INDEXNOW_KEY ? { key: raw.INDEXNOW_KEY, endpoint: raw.INDEXNOW_ENDPOINT } : undefined,
      baidu: raw.BAIDU_PUSH_TOKEN ? { token: raw.BAIDU_PUSH_TOKEN, endpoint: raw.BAIDU_PUSH_ENDPOINT } : undefined,
    },
    jobs: {
      worker: raw.MASTHEAD_JOBS_WORKER,
      pollSeconds: raw.MASTHEAD_JOBS_POLL_SECONDS,
      relayIntervalMs: raw.MASTHEAD_EVENTS_RELAY_INTERVAL_MS,
    },
    webhooks: {
      allowPrivateHosts: raw.WEBHOOK_ALLOW_PRIVATE_HOSTS,
      timeoutMs: raw.WEBHOOK_TIMEOUT_MS,
      retryDelaySeconds: raw.WEBHOOK_RETRY_DELAY_SECONDS,
      pauseAfterFailures: raw.WEBHOOK_PAUSE_AFTER_FAILURES,
    },
    views: {
      ...viewsSource(raw),
      flushMs: raw.VIEWS_FLUSH_MS,
      dedupeMs: raw.VIEWS_DEDUPE_MINUTES * 60_000,
      popularRefreshMs: raw.POPULAR_REFRESH_SECONDS * 1000,
      popularRefreshSeconds: raw.POPULAR_REFRESH_SECONDS,
    },
  };
}

export type Env = ReturnType<typeof loadEnv>;

export const env: Env = loadEnv();
