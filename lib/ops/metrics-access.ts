// Who may read /api/metrics: whoever holds METRICS_TOKEN, compared in constant time. Without the
// setting the endpoint does not exist (404), so that no deployment exposes it by accident.
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "disabled" | "refused" | "granted";

const digest = (value: string) => createHash("sha256").update(value).digest();

export function metricsAccess(token: string | undefined, authorization: string | null): MetricsAccess {
  if (!token) return "disabled";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return "refused";
  // Digests of equal length, so that neither the comparison nor its early exit says anything.
  return timingSafeEqual(digest(match[1]), digest(token)) ? "granted" : "refused";
}
