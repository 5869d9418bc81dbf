// One-time recovery codes: ten per account, 80 random bits each, shown once. Only SHA-256 hashes are
// kept; with that much randomness a slow hash adds nothing, and a sign-in checks one hash, not ten.
import { createHash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 without the letters people misread (no i, l, o, u).
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

function randomCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = "";
  for (let index = 0; index < 16; index += 1) {
    text = (ALPHABET[Number(bits & 31n)] ?? "0") + text;
    bits >>= 5n;
  }
  return text.match(/.{4}/g)?.join("-") ?? text;
}

export const newRecoveryCodes = (): string[] => Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);

/** The same code however it was typed: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

export const looksLikeRecoveryCode = (code: string): boolean => /^[0-9a-z]{16}$/.test(normalizeRecoveryCode(code));

export const hashRecoveryCode = (code: string): string =>
  createHash("sha256")
    .update(`masthead-recovery:${normalizeRecoveryCode(code)}`)
    .digest("base64url");
