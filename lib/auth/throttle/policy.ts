// How sign-in is throttled. Three counters of failed attempts (a wrong password, an unknown email, a
// wrong second-factor code), each able to refuse an attempt before any password is checked:
//
// - per address and account: consecutive failures. Five are free; after that each failure makes the
//   pair wait 30 s, 1 min, 2 min … doubling up to 15 min. Guessing one account from one address gets
//   about four tries an hour. A successful sign-in resets it.
// - per address: 50 failures in an hour, whatever the accounts, block the address for an hour
//   (credential stuffing: many accounts, few tries each).
// - per account: 30 failures in 15 minutes, from all addresses together, block the account for 15
//   minutes (guessing from many addresses). This one an attacker can trigger against an editor, so it is
//   loose and short and never grows.
//
// An unknown email is counted like a known one, so the answers say nothing about who has an account.

export type ThrottleScope = "addressAccount" | "address" | "account";

export interface CounterPolicy {
  /** How long failures are remembered, counted from the first. */
  windowSeconds: number;
  /** Seconds to refuse attempts after the nth failure in the window; 0: not yet. */
  blockAfter: (failures: number) => number;
}

const FREE_CONSECUTIVE_FAILURES = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 15 * 60;

/** 0 for the free failures, then 30 s doubling per failure, never more than 15 min. */
export function consecutiveFailureWait(failures: number): number {
  if (failures <= FREE_CONSECUTIVE_FAILURES) return 0;
  const doublings = Math.min(failures - FREE_CONSECUTIVE_FAILURES - 1, 30);
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** doublings);
}

const capped = (limit: number, seconds: number) => (failures: number) => (failures >= limit ? seconds : 0);

export const SIGN_IN_POLICY: Record<ThrottleScope, CounterPolicy> = {
  addressAccount: { windowSeconds: 24 * 3600, blockAfter: consecutiveFailureWait },
  address: { windowSeconds: 3600, blockAfter: capped(50, 3600) },
  account: { windowSeconds: 15 * 60, blockAfter: capped(30, 15 * 60) },
};
