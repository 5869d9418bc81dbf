// Sessions that really end (issue 9): the row is the session, so deleting it ends it everywhere; it
// also ends by itself when idle or too old, and last-seen is not written on every request.
import { describe, expect, it } from "vitest";
import { endSessionByToken, endSessions, findSession, startSession } from "@/lib/auth/session-store";
import { hasLiveSession, signOutSession } from "@/lib/auth/sign-out";
import { getDb } from "@/lib/db";
import { accountWithPassword, TIMES } from "../support/sign-in";

const device = { ip: "192.0.2.44", userAgent: "vitest" };
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe("session rows", () => {
  it("end after the idle timeout, even within the absolute lifetime", async () => {
    const db = await getDb();
    const user = await accountWithPassword();
    const start = new Date();
    const { token } = await startSession(db, user.id, device, TIMES, start);
    expect(await findSession(db, token, TIMES, at(start, TIMES.idleMs - 1000))).not.toBeNull();
    // That request counted as activity: the idle clock starts again from it.
    const later = at(start, TIMES.idleMs - 1000 + TIMES.idleMs - 1000);
    expect(await findSession(db, token, TIMES, later)).not.toBeNull();
    expect(await findSession(db, token, TIMES, at(later, TIMES.idleMs))).toBeNull();
    // An ended session is gone, not just refused.
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("end at the absolute lifetime however active they are", async () => {
    const db = await getDb();
    const user = await accountWithPassword();
    const start = new Date();
    const { token } = await startSession(db, user.id, device, TIMES, start);
    for (let elapsed = 0; elapsed < TIMES.maxAgeMs; elapsed += TIMES.idleMs / 2)
      expect(await findSession(db, token, TIMES, at(start, elapsed))).not.toBeNull();
    expect(await findSession(db, token, TIMES, at(start, TIMES.maxAgeMs))).toBeNull();
  });

  it("write last-seen at most once a minute", async () => {
    const db = await getDb();
    const user = await accountWithPassword();
    const start = new Date();
    const { token, sessionId } = await startSession(db, user.id, device, TIMES, start);
    const lastSeen = async () => (await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt;
    await findSession(db, token, TIMES, at(start, 30_000));
    await findSession(db, token, TIMES, at(start, 59_000));
    expect(await lastSeen()).toEqual(start);
    await findSession(db, token, TIMES, at(start, 61_000));
    expect(await lastSeen()).toEqual(at(start, 61_000));
  });

  it("end one by token (sign-out), or all of an account but one (a change made from that one)", async () => {
    const db = await getDb();
    const user = await accountWithPassword();
    const [first, second, third] = [
      await startSession(db, user.id, device, TIMES),
      await startSession(db, user.id, device, TIMES),
      await startSession(db, user.id, device, TIMES),
    ];
    expect(await endSessionByToken(db, first.token)).toMatchObject({ userId: user.id });
    expect(await findSession(db, first.token, TIMES)).toBeNull();
    expect(await endSessionByToken(db, first.token)).toBeNull();

    expect(await endSessions(db, user.id, second.sessionId)).toBe(1);
    expect(await findSession(db, second.token, TIMES)).not.toBeNull();
    expect(await findSession(db, third.token, TIMES)).toBeNull();
  });

  it("are cleared away when they ended by themselves and their owner signs in again", async () => {
    const db = await getDb();
    const user = await accountWithPassword();
    const old = new Date(Date.now() - TIMES.maxAgeMs - 1000);
    await startSession(db, user.id, device, TIMES, old);
    await startSession(db, user.id, device, TIMES);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("end on sign-out, server-side, with an entry in the audit log", async () => {
    const db = await getDb();
    const user = await accountWithPassword();
    const { token } = await startSession(db, user.id, device, TIMES);
    expect(await hasLiveSession(token)).toBe(true);
    await signOutSession(token);
    expect(await hasLiveSession(token)).toBe(false);
    expect(await db.auditEntry.count({ where: { action: "auth.signOut", userId: user.id } })).toBe(1);
    // Signing out twice (the action, then Auth.js's event) is one sign-out.
    await signOutSession(token);
    expect(await db.auditEntry.count({ where: { action: "auth.signOut", userId: user.id } })).toBe(1);
  });
});
