// Sessions live in the database (UserSession); the cookie only names one. Ending a session is deleting
// its row, which every server sees on the next request.
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export interface SessionTimes {
  /** Without a request for this long, the session ends. */
  idleMs: number;
  /** After this long, the session ends whatever the activity. */
  maxAgeMs: number;
}

/** Last-seen is written at most this often, not on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

type Db = PrismaClient | Prisma.TransactionClient;

export interface Device {
  ip: string;
  userAgent: string | null;
}

/** A new session for this account; returns the token the cookie will carry. */
export async function startSession(db: Db, userId: number, device: Device, times: SessionTimes, now = new Date()) {
  const token = newToken();
  // Sessions that ended by themselves are cleared away whenever their owner signs in again.
  await db.userSession.deleteMany({ where: { userId, OR: staleWhere(times, now) } });
  const session = await db.userSession.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + times.maxAgeMs),
      ip: device.ip,
      userAgent: device.userAgent?.slice(0, 400) ?? null,
    },
  });
  return { token, sessionId: session.id };
}

function staleWhere(times: SessionTimes, now: Date): Prisma.UserSessionWhereInput[] {
  return [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - times.idleMs) } }];
}

/** The live session this token names, with its account; an idle or expired one is deleted and is null. */
export async function findSession(db: PrismaClient, token: string, times: SessionTimes, now = new Date()) {
  const session = await db.userSession.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() >= times.idleMs;
  if (idle || session.expiresAt <= now) {
    await db.userSession.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    // Conditional, so that concurrent requests write once.
    await db.userSession.updateMany({
      where: { id: session.id, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  return session;
}

/** Ends the session this token names; returns its account, or null when there was none. */
export async function endSessionByToken(db: Db, token: string): Promise<{ userId: number; id: number } | null> {
  const session = await db.userSession.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!session) return null;
  const { count } = await db.userSession.deleteMany({ where: { id: session.id } });
  return count > 0 ? { userId: session.userId, id: session.id } : null;
}

/** Ends every session of the account (or all but one: the session that made the change). */
export async function endSessions(db: Db, userId: number, except?: number): Promise<number> {
  const { count } = await db.userSession.deleteMany({
    where: { userId, ...(except === undefined ? {} : { id: { not: except } }) },
  });
  return count;
}
