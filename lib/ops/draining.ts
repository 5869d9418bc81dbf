// Whether this process is shutting down: set on SIGTERM by the server's entry, read by /api/ready so that
// a load balancer stops sending new readers while the requests in flight finish. On globalThis: the
// entry (lib/server/main.ts) and the app that Next loads are bundled apart but share the process.
const holder = globalThis as typeof globalThis & { __mastheadDraining?: boolean };

export function startDraining(): void {
  holder.__mastheadDraining = true;
}

export function isDraining(): boolean {
  return holder.__mastheadDraining === true;
}
