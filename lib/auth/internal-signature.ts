// Signs requests the server sends to itself (the scheduler asking the web layer to expire caches).
import { createHmac, timingSafeEqual } from "node:crypto";

export function signInternal(secret: string, body: string): string {
  return createHmac("sha256", `masthead-internal:${secret}`).update(body).digest("base64url");
}

export function verifyInternal(secret: string, body: string, signature: string | null): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signInternal(secret, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
