import { endSessions } from "@/lib/auth/session-store";
import { audit } from "@/lib/services/audit";
import { ownAccount, type AccountContext } from "@/lib/services/account/context";
import { notFound } from "@/lib/services/errors";

export interface OwnSession {
  id: number;
  current: boolean;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The account's signed-in browsers, most recently active first. Idle or expired ones are not listed. */
export async function listOwnSessions(ctx: AccountContext, idleMs: number): Promise<OwnSession[]> {
  const user = await ownAccount(ctx);
  const now = ctx.now?.() ?? new Date();
  const sessions = await ctx.db.userSession.findMany({
    where: { userId: user.id, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - idleMs) } },
    orderBy: { lastSeenAt: "desc" },
  });
  return sessions.map((session) => ({
    id: session.id,
    current: session.id === ctx.sessionId,
    ip: session.ip,
    userAgent: session.userAgent,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
  }));
}

/** Signs out one browser of one's own (another account's session id is "not found"). */
export async function endOwnSession(ctx: AccountContext, sessionId: number): Promise<void> {
  const user = await ownAccount(ctx);
  const { count } = await ctx.db.userSession.deleteMany({ where: { id: sessionId, userId: user.id } });
  if (count === 0) throw notFound("session");
  await audit(ctx.db, ctx.actor, "auth.sessionEnd", { userId: user.id, details: { sessionId } });
}

/** "Sign out everywhere": every session of the account, this one included. */
export async function endAllOwnSessions(ctx: AccountContext): Promise<number> {
  const user = await ownAccount(ctx);
  const ended = await endSessions(ctx.db, user.id);
  await audit(ctx.db, ctx.actor, "auth.sessionsEnd", { userId: user.id, details: { ended } });
  return ended;
}
