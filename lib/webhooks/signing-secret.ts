// Each endpoint's signing secret, in the Standard Webhooks form `whsec_<base64 of 24 random bytes>`.
// It is shown to the admin when made and kept sealed (AES-256-GCM, lib/auth/secret-box.ts) under a key
// of its own derived from AUTH_SECRET: a copy of the database alone cannot sign deliveries.
import { randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { open, seal } from "@/lib/auth/secret-box";

const PREFIX = "whsec_";

// A different key from the two-factor secrets' one, though both come from AUTH_SECRET.
const boxKey = () => `${authSecret()}\u0000webhook-signing-secrets`;

export function generateSigningSecret(): string {
  return `${PREFIX}${randomBytes(24).toString("base64")}`;
}

export function sealSigningSecret(secret: string): string {
  return seal(boxKey(), secret);
}

/** The secret, or null when it was sealed under another AUTH_SECRET. */
export function openSigningSecret(sealed: string): string | null {
  return open(boxKey(), sealed);
}

/** The HMAC key a secret stands for: the bytes after `whsec_`. */
export function signingKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
}
