// @ts-check
import { fileURLToPath } from "node:url";

/** `?before=` pages of a listing become their own addresses, so that each is cached on its own. */
const BEFORE = { type: /** @type {const} */ ("query"), key: "before", value: "(?<before>\\d{1,15}-\\d{1,10})" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files by path at run time, and argon2 is a native addon:
  // none of them survive bundling. satori (share cards) brings its own WebAssembly layout engine; pg-boss
  // (the job queue) is a CommonJS Node library, loaded as it is.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "satori", "pg-boss"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Rendered pages, feeds and cached data live in Masthead's own store (lib/cache/store.ts): in memory,
  // expired by tag, never seeded from the build's output, decorated for shared caches.
  cacheHandler: fileURLToPath(new URL("./lib/cache/next-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  async rewrites() {
    return {
      beforeFiles: [
        // Static addresses whose content comes from the database are served by dynamic routes, which the
        // build does not prerender: the build never opens a database, and the first request renders.
        { source: "/feed.xml", destination: "/feeds/feed.xml" },
        { source: "/atom.xml", destination: "/feeds/atom.xml" },
        { source: "/feed.json", destination: "/feeds/feed.json" },
        { source: "/sitemap.xml", destination: "/sitemaps/index.xml" },
        { source: "/sections/:slug", has: [BEFORE], destination: "/sections/:slug/before/:before" },
        { source: "/tags/:slug", has: [BEFORE], destination: "/tags/:slug/before/:before" },
        { source: "/topics/:slug", has: [BEFORE], destination: "/topics/:slug/before/:before" },
        { source: "/people/:id", has: [BEFORE], destination: "/people/:id/before/:before" },
        { source: "/archive/:date*", has: [BEFORE], destination: "/archive/:date*/before/:before" },
      ],
      // IndexNow's key file sits at the site root (lib/push/indexnow.ts); files and routes of that name come first.
      afterFiles: [{ source: "/:key([A-Za-z0-9-]{8,128}).txt", destination: "/indexnow/:key" }],
      fallback: [],
    };
  },
  async headers() {
    return [
      // Machine endpoints answer for one caller (a session, an upload): never stored anywhere.
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
      // Search results depend on the query, so they are rendered per request (from cached data), but
      // they are the same for every reader: shared caches may keep them briefly.
      {
        source: "/search",
        headers: [
          {
            key: "Cache-Control",
            value: "public, max-age=0, s-maxage=10, stale-while-revalidate=60, stale-if-error=3600",
          },
          { key: "Surrogate-Key", value: "articles sections settings" },
        ],
      },
    ];
  },
};

export default nextConfig;
