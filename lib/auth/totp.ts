// Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app makes them.
import { generateSecret, generateURI, verify } from "otplib";

/** One step either side: a phone clock a little off, or a code typed just as it changed. */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

export function totpUri(secret: string, issuer: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

export const looksLikeTotpCode = (code: string): boolean => /^\d{6}$/.test(code);

/**
 * The time step the code belongs to when it is right for now and newer than `afterStep` (a code that
 * already signed in once is refused); otherwise null.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  { afterStep, now = new Date() }: { afterStep?: number | null; now?: Date } = {},
): Promise<number | null> {
  if (!looksLikeTotpCode(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: afterStep ?? undefined,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
