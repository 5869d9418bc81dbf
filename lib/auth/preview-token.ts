// Signed, expiring links that show an unpublished article to someone without an account.
import { createHmac, timingSafeEqual } from "node:crypto";

function sign(secret: string, payload: string): string {
  return createHmac("sha256", `masthead-preview:${secret}`).update(payload).digest("base64url");
}

export function createPreviewToken(secret: string, articleId: number, expiresAt: Date): string {
  const payload = `${articleId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The article id the token grants, or null when it is malformed, forged or expired. */
export function verifyPreviewToken(secret: string, token: string, now: Date): number | null {
  const match = /^(\d{1,15})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const expected = Buffer.from(sign(secret, `${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(match[2]) * 1000 <= now.getTime()) return null;
  return Number(match[1]);
}
