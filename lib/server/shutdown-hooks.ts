// Work to finish before the process exits (the job queue's workers). Kept on globalThis: the server's
// entry (lib/server/main.ts) and the app that Next loads are bundled apart but share the process.
type Hook = () => Promise<void>;

const holder = globalThis as typeof globalThis & { __mastheadShutdownHooks?: Hook[] };

export function onShutdown(hook: Hook): void {
  (holder.__mastheadShutdownHooks ??= []).push(hook);
}

/** Runs every hook once; a failing hook is logged and does not stop the others. */
export async function runShutdownHooks(): Promise<void> {
  const hooks = holder.__mastheadShutdownHooks ?? [];
  holder.__mastheadShutdownHooks = [];
  await Promise.all(hooks.map((hook) => hook().catch((error: unknown) => console.error("[shutdown]", error))));
}
