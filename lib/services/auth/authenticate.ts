import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import type { PrismaClient, User } from "@/lib/generated/prisma/client";

/**
 * The enabled account with this email and password, or null (wrong password, unknown or disabled
 * account). Every call runs exactly one argon2 verification, against the account's hash or, for an
 * unknown email, against a dummy one.
 */
export async function authenticate(db: PrismaClient, email: string, password: string): Promise<User | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabledAt) return null;
  return user;
}
