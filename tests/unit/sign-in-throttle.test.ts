// The throttling policy of issue 9, on the in-memory store (the embedded default). The shared stores
// (PostgreSQL, Redis) are exercised in tests/integration/servers/throttle-stores.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { consecutiveFailureWait, SIGN_IN_POLICY } from "@/lib/auth/throttle/policy";
import { SignInThrottle } from "@/lib/auth/throttle/sign-in-throttle";

describe("back-off for one address and account", () => {
  it.each([
    [1, 0],
    [5, 0],
    [6, 30],
    [7, 60],
    [8, 120],
    [9, 240],
    [10, 480],
    [11, 900],
    [50, 900],
    [10_000, 900],
  ])("after %i consecutive failures waits %i s", (failures, seconds) => {
    expect(consecutiveFailureWait(failures)).toBe(seconds);
  });

  it("caps the looser limits per address and per account", () => {
    expect([SIGN_IN_POLICY.address.blockAfter(49), SIGN_IN_POLICY.address.blockAfter(50)]).toEqual([0, 3600]);
    expect([SIGN_IN_POLICY.account.blockAfter(29), SIGN_IN_POLICY.account.blockAfter(30)]).toEqual([0, 900]);
  });
});

describe("SignInThrottle", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-01T08:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  const fail = async (throttle: SignInThrottle, address: string, email: string, times: number) => {
    for (let index = 0; index < times; index += 1) await throttle.recordFailure(address, email);
  };

  it("lets five failures through, then makes the pair wait, doubling, and a success resets it", async () => {
    const throttle = new SignInThrottle({ kind: "memory" });
    await fail(throttle, "198.51.100.7", "editor@news.test", 5);
    expect(await throttle.check("198.51.100.7", "editor@news.test")).toEqual({ blocked: false });

    const started = await throttle.recordFailure("198.51.100.7", "editor@news.test");
    expect(started).toEqual([{ scope: "addressAccount", seconds: 30, failures: 6 }]);
    expect(await throttle.check("198.51.100.7", "EDITOR@news.test ")).toEqual({
      blocked: true,
      scope: "addressAccount",
      retryAfterSeconds: 30,
    });
    // The same account from elsewhere, and another account from here, are not held up.
    expect(await throttle.check("203.0.113.9", "editor@news.test")).toEqual({ blocked: false });
    expect(await throttle.check("198.51.100.7", "reporter@news.test")).toEqual({ blocked: false });

    vi.advanceTimersByTime(31_000);
    expect((await throttle.check("198.51.100.7", "editor@news.test")).blocked).toBe(false);
    expect(await throttle.recordFailure("198.51.100.7", "editor@news.test")).toEqual([
      { scope: "addressAccount", seconds: 60, failures: 7 },
    ]);

    await throttle.recordSuccess("198.51.100.7", "editor@news.test");
    expect((await throttle.check("198.51.100.7", "editor@news.test")).blocked).toBe(false);
    expect(await throttle.recordFailure("198.51.100.7", "editor@news.test")).toEqual([]);
  });

  it("blocks an address that fails on many accounts (credential stuffing)", async () => {
    const throttle = new SignInThrottle({ kind: "memory" });
    for (let index = 0; index < 49; index += 1) await throttle.recordFailure("198.51.100.8", `user${index}@news.test`);
    expect((await throttle.check("198.51.100.8", "someone@news.test")).blocked).toBe(false);
    const started = await throttle.recordFailure("198.51.100.8", "user49@news.test");
    expect(started).toEqual([{ scope: "address", seconds: 3600, failures: 50 }]);
    expect(await throttle.check("198.51.100.8", "someone-else@news.test")).toMatchObject({
      blocked: true,
      scope: "address",
    });
    expect((await throttle.check("198.51.100.9", "someone-else@news.test")).blocked).toBe(false);
  });

  it("blocks an account guessed from many addresses, briefly and without growing", async () => {
    const throttle = new SignInThrottle({ kind: "memory" });
    for (let index = 0; index < 29; index += 1) await throttle.recordFailure(`192.0.2.${index}`, "chief@news.test");
    expect((await throttle.check("192.0.2.200", "chief@news.test")).blocked).toBe(false);
    await throttle.recordFailure("192.0.2.29", "chief@news.test");
    expect(await throttle.check("192.0.2.200", "chief@news.test")).toEqual({
      blocked: true,
      scope: "account",
      retryAfterSeconds: 900,
    });
    vi.advanceTimersByTime(901_000);
    expect((await throttle.check("192.0.2.200", "chief@news.test")).blocked).toBe(false);
  });
});
