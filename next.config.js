// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files by path at run time, and argon2 is a
  // native addon: none of them survive bundling.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  experimental: {
    // Cached reads live in the server's memory only. On disk they would outlive the process and be
    // served after a restart against a database that has since changed (or, in tests, another one).
    isrFlushToDisk: false,
  },
  reactStrictMode: true,
};

export default nextConfig;
