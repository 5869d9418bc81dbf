// Makes sure someone can sign in: the admin named by ADMIN_EMAIL/ADMIN_PASSWORD, or, on a database
// with no accounts at all, a generated admin whose password is shown once. That account's email is a
// default everyone knows and its password was printed to a console, so at first sign-in its holder
// must choose both their own email and their own password (lib/services/account/change-password.ts).
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_ADMIN_EMAIL = "admin@masthead.local";

export type FirstAdmin =
  | { kind: "configured"; email: string; created: boolean }
  | { kind: "generated"; email: string; password: string }
  | { kind: "existing" };

export async function ensureFirstAdmin(
  db: PrismaClient,
  configured: { email?: string; password?: string },
): Promise<FirstAdmin> {
  if (configured.email && configured.password) {
    const email = configured.email.toLowerCase();
    const existing = await db.user.findUnique({ where: { email } });
    if (existing) return { kind: "configured", email, created: false };
    const problem = passwordProblem(configured.password, { email });
    if (problem) throw new Error(`ADMIN_PASSWORD is not accepted (${problem}): choose a longer, less common one.`);
    // The operator chose this password, so it need not be changed at first sign-in.
    await db.user.create({
      data: { email, name: "管理员", role: "ADMIN", passwordHash: await hashPassword(configured.password) },
    });
    return { kind: "configured", email, created: true };
  }
  if ((await db.user.count()) > 0) return { kind: "existing" };
  const password = randomBytes(12).toString("base64url");
  await db.user.create({
    data: {
      email: DEFAULT_ADMIN_EMAIL,
      name: "管理员",
      role: "ADMIN",
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    },
  });
  return { kind: "generated", email: DEFAULT_ADMIN_EMAIL, password };
}
