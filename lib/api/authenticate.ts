// Which key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. The key is looked
// up by its SHA-256, so the database never sees the secret; a missing, unknown or revoked key is a 401.
import "server-only";
import { hashApiKey, looksLikeKey } from "@/lib/api/keys";
import { ApiProblem } from "@/lib/api/problem";
import { getDb } from "@/lib/db";
import type { Messages } from "@/lib/i18n";

/** lastUsedAt is for people reading the admin: once a minute is exact enough and spares a write a request. */
const LAST_USED_EVERY_MS = 60_000;

export const WWW_AUTHENTICATE = 'Bearer realm="masthead-api"';

export function presentedKey(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  return bearer ?? request.headers.get("x-api-key")?.trim() ?? null;
}

export async function authenticate(request: Request, m: Messages["api"]["problems"]): Promise<{ keyId: number }> {
  const refuse = (detail: string) =>
    new ApiProblem("unauthorized", m.unauthorized, detail, {}, { "WWW-Authenticate": WWW_AUTHENTICATE });
  const secret = presentedKey(request);
  if (!secret) throw refuse(m.missingKey);
  if (!looksLikeKey(secret)) throw refuse(m.invalidKey);
  const db = await getDb();
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashApiKey(secret) },
    select: { id: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key) throw refuse(m.invalidKey);
  if (key.revokedAt) throw refuse(m.revokedKey);
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return { keyId: key.id };
}
