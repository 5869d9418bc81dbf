// Session lookups for Auth.js's callbacks and the sign-out paths.
import "server-only";
import { endSessionByToken, findSession, type SessionTimes } from "@/lib/auth/session-store";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { audit } from "@/lib/services/audit";

export const sessionTimes = (): SessionTimes => ({
  idleMs: env.session.idleMs,
  maxAgeMs: env.session.maxAgeSeconds * 1000,
});

export async function hasLiveSession(token: string): Promise<boolean> {
  const session = await findSession(await getDb(), token, sessionTimes());
  return !!session && !session.user.disabledAt;
}

/** Ends the session this token names, server-side, and notes it in the audit log. */
export async function signOutSession(token: string): Promise<void> {
  const db = await getDb();
  const ended = await endSessionByToken(db, token);
  if (!ended) return;
  const user = await db.user.findUnique({ where: { id: ended.userId } });
  if (user) await audit(db, user, "auth.signOut", { userId: user.id });
}
