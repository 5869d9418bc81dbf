// API key secrets: `mh_live_` and 32 random bytes (base64url). Only the SHA-256 of a secret is stored:
// with 256 bits of randomness nothing can be guessed, so a slow password hash would add cost and no
// safety. The first characters are kept in clear to tell keys apart in the admin.
import { createHash, randomBytes } from "node:crypto";

export const KEY_PREFIX = "mh_live_";
/** `mh_live_` and six characters of the random part. */
const VISIBLE_LENGTH = KEY_PREFIX.length + 6;

export interface NewKeySecret {
  secret: string;
  prefix: string;
  hash: string;
}

export const hashApiKey = (secret: string): string => createHash("sha256").update(secret, "utf8").digest("hex");

export function newKeySecret(): NewKeySecret {
  const secret = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, VISIBLE_LENGTH), hash: hashApiKey(secret) };
}

/** Whether a presented value could be a key at all (checked before any query). */
export const looksLikeKey = (value: string): boolean => /^mh_live_[A-Za-z0-9_-]{43}$/.test(value);
