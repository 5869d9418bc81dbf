// What /api/ready answers: whether this server can take readers now. Each dependency is checked with a
// time limit, so that a database that hangs makes the answer "not ready" within seconds instead of
// holding the load balancer's probe until it gives up.

export interface CheckResult {
  ok: boolean;
  ms: number;
  error?: string;
}

export interface Readiness {
  ready: boolean;
  draining: boolean;
  checks: {
    database: CheckResult;
    migrations: CheckResult & { pending?: string[] };
    redis?: CheckResult;
  };
}

export interface ReadinessProbes {
  /** Names of the migrations applied to the database (reading them also proves it answers). */
  appliedMigrations: () => Promise<string[]>;
  /** Names of the migrations this release ships. */
  shippedMigrations: () => Promise<string[]>;
  /** Present when REDIS_URL is set: resolves when Redis answers PING. */
  pingRedis?: () => Promise<void>;
  draining: () => boolean;
  timeoutMs: number;
}

async function timed<T>(work: () => Promise<T>, timeoutMs: number): Promise<{ value?: T; result: CheckResult }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { value, result: { ok: true, ms: Math.round(performance.now() - started) } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { result: { ok: false, ms: Math.round(performance.now() - started), error: message } };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkReadiness(probes: ReadinessProbes): Promise<Readiness> {
  const [database, shipped, redis] = await Promise.all([
    timed(probes.appliedMigrations, probes.timeoutMs),
    timed(probes.shippedMigrations, probes.timeoutMs),
    probes.pingRedis ? timed(probes.pingRedis, probes.timeoutMs) : undefined,
  ]);
  const migrations = migrationsCheck(database.value, shipped);
  const draining = probes.draining();
  const checks: Readiness["checks"] = { database: database.result, migrations };
  if (redis) checks.redis = redis.result;
  const ready = !draining && database.result.ok && migrations.ok && (redis?.result.ok ?? true);
  return { ready, draining, checks };
}

function migrationsCheck(
  applied: string[] | undefined,
  shipped: { value?: string[]; result: CheckResult },
): Readiness["checks"]["migrations"] {
  if (!shipped.value) return shipped.result;
  if (!applied) return { ok: false, ms: 0, error: "the database did not answer" };
  const done = new Set(applied);
  const pending = shipped.value.filter((name) => !done.has(name));
  return pending.length === 0
    ? { ok: true, ms: shipped.result.ms }
    : { ok: false, ms: shipped.result.ms, error: "migrations not applied: run npm run db:migrate", pending };
}
