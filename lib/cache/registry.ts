// The one response store of this server process, shared by Next's cache handler and the code that
// reports on it. It lives on globalThis because Next loads its cache handler outside the app's bundles.
import { ResponseStore, type ResponseStoreOptions } from "@/lib/cache/store";

const STORE = Symbol.for("masthead.responseStore");
const holder = globalThis as typeof globalThis & { [STORE]?: ResponseStore };

export function installResponseStore(options: ResponseStoreOptions): ResponseStore {
  holder[STORE] ??= new ResponseStore(options);
  return holder[STORE];
}

export const responseStore = (): ResponseStore | undefined => holder[STORE];
