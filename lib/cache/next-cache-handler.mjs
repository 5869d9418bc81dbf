// Next loads its cache handler by path, as plain JavaScript (next.config.js: cacheHandler). Masthead's
// store is TypeScript (lib/cache/store.ts), created when the server starts (instrumentation.ts) and
// found here on globalThis. Before that (during `next build`), nothing is kept and nothing is served,
// so no page rendered at build time can ever reach a reader.
const STORE = Symbol.for("masthead.responseStore");
const store = () => globalThis[STORE];

export default class MastheadCacheHandler {
  async get(key, ctx) {
    return (await store()?.get(key, ctx)) ?? null;
  }

  async set(key, data, ctx) {
    await store()?.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await store()?.revalidateTag(tags, durations);
  }

  resetRequestCache() {}
}
