// Signed, expiring links that show an unpublished article to someone without an account. The
// article's preview generation is signed in too: raising it (revoking) voids every link made before.
import { createHmac, timingSafeEqual } from "node:crypto";
import { MAX_ID } from "@/lib/validations/ids";

export interface PreviewGrant {
  articleId: number;
  generation: number;
}

function sign(secret: string, payload: string): string {
  return createHmac("sha256", `masthead-preview:${secret}`).update(payload).digest("base64url");
}

export function createPreviewToken(secret: string, grant: PreviewGrant, expiresAt: Date): string {
  const payload = `${grant.articleId}.${grant.generation}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** What the token grants, or null when it is malformed, forged or expired. */
export function verifyPreviewToken(secret: string, token: string, now: Date): PreviewGrant | null {
  const match = /^([1-9]\d{0,9})\.(0|[1-9]\d{0,9})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return null;
  const expected = Buffer.from(sign(secret, `${match[1]}.${match[2]}.${match[3]}`));
  const given = Buffer.from(match[4]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(match[3]) * 1000 <= now.getTime()) return null;
  const articleId = Number(match[1]);
  const generation = Number(match[2]);
  return articleId <= MAX_ID && generation <= MAX_ID ? { articleId, generation } : null;
}
