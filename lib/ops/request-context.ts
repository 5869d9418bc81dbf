// The request a line of the log belongs to: an id per request that reaches Next, kept in an
// AsyncLocalStorage so that everything done for that request (Next's rendering, our reads, their
// errors) logs it. On globalThis: the server's entry and the app Next loads are bundled apart.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

interface RequestContext {
  requestId: string;
}

const holder = globalThis as typeof globalThis & { __mastheadRequests?: AsyncLocalStorage<RequestContext> };
const storage = (holder.__mastheadRequests ??= new AsyncLocalStorage<RequestContext>());

/** A proxy's X-Request-Id when it looks like one (so one id follows a request through nginx), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{8,128}$/.test(value) ? value : randomUUID();
}

export function runInRequest<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
