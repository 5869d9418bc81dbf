// The settings of several app servers: replicas, the shared cache, purge receivers. A mistake in them
// stops the server at start with the setting's name, never later on a reader's request.
import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";

const PRIMARY = "postgres://masthead@db.internal:5432/masthead";

describe("settings for several servers", () => {
  it("reads replicas as a comma-separated list beside their primary", () => {
    const env = loadEnv({
      DATABASE_URL: PRIMARY,
      DATABASE_REPLICA_URLS: " postgres://masthead@replica-1:5432/masthead, postgresql://masthead@replica-2/masthead ,",
    });
    expect(env.replicaUrls).toEqual([
      "postgres://masthead@replica-1:5432/masthead",
      "postgresql://masthead@replica-2/masthead",
    ]);
    expect(loadEnv({ DATABASE_URL: PRIMARY }).replicaUrls).toEqual([]);
  });

  it("refuses replicas without a primary, and addresses that are not PostgreSQL's", () => {
    expect(() => loadEnv({ DATABASE_REPLICA_URLS: "postgres://replica/masthead" })).toThrow(
      /DATABASE_REPLICA_URLS: replicas need their primary in DATABASE_URL/,
    );
    expect(() => loadEnv({ DATABASE_URL: PRIMARY, DATABASE_REPLICA_URLS: "mysql://replica/masthead" })).toThrow(
      /DATABASE_REPLICA_URLS/,
    );
  });

  it("names the shared cache's namespace and lifetime, and refuses a namespace that is not a key prefix", () => {
    expect(loadEnv({}).cache).toMatchObject({ sharedPrefix: "masthead:cache:", sharedTtlSeconds: 86_400 });
    expect(loadEnv({ CACHE_SHARED_PREFIX: "site-2:", CACHE_SHARED_TTL_SECONDS: "600" }).cache).toMatchObject({
      sharedPrefix: "site-2:",
      sharedTtlSeconds: 600,
    });
    expect(() => loadEnv({ CACHE_SHARED_PREFIX: "two words" })).toThrow(/CACHE_SHARED_PREFIX/);
    expect(() => loadEnv({ CACHE_SHARED_TTL_SECONDS: "0" })).toThrow(/CACHE_SHARED_TTL_SECONDS/);
  });

  it("reads purge receivers as a list of web addresses", () => {
    expect(loadEnv({ CACHE_PURGE_URLS: "http://varnish-1/, https://varnish-2/" }).cache.purgeUrls).toEqual([
      "http://varnish-1/",
      "https://varnish-2/",
    ]);
    expect(() => loadEnv({ CACHE_PURGE_URLS: "ftp://varnish/" })).toThrow(/CACHE_PURGE_URLS/);
  });
});
