// Runs once when a Node.js server starts (not during `next build`): the response store first, so that
// no request is served before it exists, then the newsroom clock, the job queue's workers and the
// view counter's flush clock.
export async function register(): Promise<void> {
  // Next's own runtime flags, read here before any app module loads.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startResponseCache } = await import("./lib/cache/start");
  startResponseCache();
  const { startScheduler } = await import("./lib/scheduler/start");
  startScheduler();
  const { startJobWorkersInBackground } = await import("./lib/jobs/worker");
  startJobWorkersInBackground();
  const { startViewCounter } = await import("./lib/views/start");
  startViewCounter();
}
