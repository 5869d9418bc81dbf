// /api/ready's Redis check against the local Redis server, and against a port where nothing listens.
import { afterAll, describe, expect, it } from "vitest";
import { closeRedisProbes, pingRedis } from "@/lib/ops/probes";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

afterAll(() => closeRedisProbes());

describe("readiness: the Redis check", () => {
  it("passes when Redis answers, and again on the same connection", async () => {
    await expect(pingRedis(REDIS_URL)).resolves.toBeUndefined();
    await expect(pingRedis(REDIS_URL)).resolves.toBeUndefined();
  });

  it("fails with the connection's error when nothing listens", async () => {
    await expect(pingRedis("redis://127.0.0.1:1")).rejects.toThrow(/ECONNREFUSED|Connection is closed|isn't writeable/);
  });
});
