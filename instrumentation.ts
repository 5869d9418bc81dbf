// Starts the scheduler when a Node.js server starts (not during `next build`).
export async function register(): Promise<void> {
  // Next's own runtime flags, read here before any app module loads.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("./lib/scheduler/start");
  startScheduler();
}
