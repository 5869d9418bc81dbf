import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/session-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Gives the account a new generated password, which must be changed at the next sign-in, and ends all
 * its sessions; returns the password, or null if no such account.
 */
export async function resetPassword(db: PrismaClient, email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return null;
  const password = randomBytes(12).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(password), mustChangePassword: true },
    });
    await endSessions(tx, user.id);
  });
  return password;
}
