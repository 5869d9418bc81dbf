// Liveness: the process is up and its event loop answers. Touches nothing else, so that a database
// outage makes servers "not ready" (/api/ready) without an orchestrator restarting all of them.
export const dynamic = "force-dynamic";

const started = Date.now();

export function GET(): Response {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round((Date.now() - started) / 1000) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
