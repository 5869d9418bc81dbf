// The sign-in throttle: asked before a password is checked, told of every failure and success.
import { createHash } from "node:crypto";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { SIGN_IN_POLICY, type CounterPolicy, type ThrottleScope } from "@/lib/auth/throttle/policy";
import { createLimiter, type ThrottleStore } from "@/lib/auth/throttle/store";

export type ThrottleDecision = { blocked: false } | { blocked: true; scope: ThrottleScope; retryAfterSeconds: number };

export interface NewBlock {
  scope: ThrottleScope;
  seconds: number;
  failures: number;
}

const SCOPES: ThrottleScope[] = ["addressAccount", "address", "account"];
// The failure counters never refuse by themselves: the policy's blocks do.
const NO_CEILING = 1_000_000;
// A blocked key is stored as "consumed more than its one point".
const BLOCK_POINTS = 1;

export class SignInThrottle {
  private readonly failures: Record<ThrottleScope, RateLimiterAbstract>;
  private readonly blocks: Record<ThrottleScope, RateLimiterAbstract>;

  constructor(
    store: ThrottleStore,
    private readonly policy: Record<ThrottleScope, CounterPolicy> = SIGN_IN_POLICY,
  ) {
    const limiters = (kind: string, options: (scope: ThrottleScope) => { points: number; duration: number }) =>
      Object.fromEntries(
        SCOPES.map((scope) => [
          scope,
          createLimiter(store, { keyPrefix: `signin_${kind}_${scope}`, ...options(scope) }),
        ]),
      ) as Record<ThrottleScope, RateLimiterAbstract>;
    this.failures = limiters("fail", (scope) => ({ points: NO_CEILING, duration: policy[scope].windowSeconds }));
    this.blocks = limiters("block", () => ({ points: BLOCK_POINTS, duration: 1 }));
  }

  /** Whether an attempt for this account from this address may go ahead at all. */
  async check(address: string, email: string): Promise<ThrottleDecision> {
    const keys = throttleKeys(address, email);
    const states = await Promise.all(SCOPES.map((scope) => this.blocks[scope].get(keys[scope])));
    let worst: ThrottleDecision = { blocked: false };
    states.forEach((state, index) => {
      const scope = SCOPES[index];
      if (!scope || !state || state.consumedPoints <= BLOCK_POINTS) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      if (!worst.blocked || retryAfterSeconds > worst.retryAfterSeconds)
        worst = { blocked: true, scope, retryAfterSeconds };
    });
    return worst;
  }

  /** Counts a failure everywhere; returns the blocks it started (for the audit log). */
  async recordFailure(address: string, email: string): Promise<NewBlock[]> {
    const keys = throttleKeys(address, email);
    const started: NewBlock[] = [];
    for (const scope of SCOPES) {
      const failures = (await this.failures[scope].penalty(keys[scope], 1)).consumedPoints;
      const seconds = this.policy[scope].blockAfter(failures);
      if (seconds > 0) {
        await this.blocks[scope].block(keys[scope], seconds);
        started.push({ scope, seconds, failures });
      }
    }
    return started;
  }

  /** A successful sign-in clears the consecutive failures of this address and account, nothing else. */
  async recordSuccess(address: string, email: string): Promise<void> {
    const key = throttleKeys(address, email).addressAccount;
    await Promise.all([this.failures.addressAccount.delete(key), this.blocks.addressAccount.delete(key)]);
  }
}

// Hashed so that the counters' store holds no email address or IP address.
function throttleKeys(address: string, email: string): Record<ThrottleScope, string> {
  const account = email.trim().toLowerCase();
  const hash = (value: string) => createHash("sha256").update(value).digest("base64url");
  return {
    addressAccount: hash(`address-account\n${address}\n${account}`),
    address: hash(`address\n${address}`),
    account: hash(`account\n${account}`),
  };
}
