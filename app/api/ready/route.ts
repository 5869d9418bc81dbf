// Readiness: whether this server should get readers now — the database answers, this release's
// migrations are applied, Redis answers when REDIS_URL is set, and the process is not shutting down.
// 200 or 503, with each check's time and error, for load balancers and orchestrators.
import { readiness } from "@/lib/ops/probes";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const answer = await readiness();
  return Response.json(
    { status: answer.ready ? "ready" : "not ready", ...answer },
    { status: answer.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
