// Prometheus scrape (GET, `Authorization: Bearer $METRICS_TOKEN`): this process's request latency,
// cache results and Node metrics, and the job queue's depth and failures (shared by every server: the
// queue lives in the database).
import { Gauge } from "prom-client";
import { env } from "@/lib/env";
import { metrics } from "@/lib/ops/metrics";
import { metricsAccess } from "@/lib/ops/metrics-access";
import { readQueueDepths } from "@/lib/services/jobs/job-admin";

export const dynamic = "force-dynamic";

const QUEUE_GAUGE = "masthead_jobs";

function registerQueueGauge(): void {
  const { registry } = metrics();
  if (registry.getSingleMetric(QUEUE_GAUGE)) return;
  new Gauge({
    name: QUEUE_GAUGE,
    help: "Jobs in the queue by job name and state (waiting: created or waiting for a retry; failed: out of retries).",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      this.reset();
      // A database that does not answer leaves these series out of this scrape; the rest still serves.
      const depths = await readQueueDepths().catch((error: unknown) => {
        console.error("[metrics] the job queue's depth could not be read:", error);
        return [];
      });
      for (const depth of depths) {
        for (const state of ["waiting", "active", "failed", "completed"] as const) {
          this.set({ queue: depth.name, state }, depth[state]);
        }
      }
    },
  });
}

export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(env.metricsToken, request.headers.get("authorization"));
  const noStore = { "Cache-Control": "no-store" };
  if (access === "disabled") return new Response("Not Found\n", { status: 404, headers: noStore });
  if (access === "refused") {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { ...noStore, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  registerQueueGauge();
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { ...noStore, "Content-Type": registry.contentType } });
}
