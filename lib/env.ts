// The one place that reads process.env: everything else imports `env`.
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server; when unset Masthead runs on embedded PGlite. */
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Folder of the embedded database and of generated secrets; `memory://` keeps it in memory. */
  MASTHEAD_DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: optionalString.pipe(z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional()),
  ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalString.pipe(z.string().min(10, "ADMIN_PASSWORD must be at least 10 characters").optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Absolute base URL used in feeds and canonical links. */
  SITE_URL: optionalString.pipe(z.url().optional()),
  SITE_NAME: z.string().default("Masthead"),
  /** IANA zone in which times are shown and entered. */
  SITE_TIME_ZONE: z.string().default("Asia/Shanghai"),
  /** How often the server publishes due scheduled articles and lifts embargoes; 0 turns it off. */
  MASTHEAD_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
});

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const raw = parsed.data;
  const embedded = raw.DATABASE_URL === undefined;
  const dataDir = raw.MASTHEAD_DATA_DIR === "memory://" ? "memory://" : path.resolve(raw.MASTHEAD_DATA_DIR);
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: raw.DATABASE_URL,
    /** True when running on the embedded PGlite database. */
    embedded,
    dataDir,
    authSecret: raw.AUTH_SECRET,
    adminEmail: raw.ADMIN_EMAIL,
    adminPassword: raw.ADMIN_PASSWORD,
    port: raw.PORT,
    siteUrl: (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ""),
    siteName: raw.SITE_NAME,
    timeZone: raw.SITE_TIME_ZONE,
    schedulerIntervalMs: raw.MASTHEAD_SCHEDULER_INTERVAL_MS,
  };
}

export type Env = ReturnType<typeof load>;

export const env: Env = load();
