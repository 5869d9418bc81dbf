import { verifyPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Verifying against a real hash when the account does not exist keeps the response time from
// telling an attacker which emails are staff accounts.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0m9vXn1nQ2v0V6m2o7e2vQmJQ3k7V0p8o8m0fJg3bqM";

export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
  role: "ADMIN" | "EDITOR" | "REPORTER";
  sessionVersion: number;
}

/** The active account with this email and password, or null (wrong password, unknown or disabled account). */
export async function authenticate(
  db: PrismaClient,
  email: string,
  password: string,
): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
