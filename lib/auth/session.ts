// The server-side gate: every admin page and every server action asks here, whatever proxy.ts did.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";

export interface StaffUser extends Actor {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

/**
 * The signed-in staff member, or null. The cookie alone is not trusted: the account must still
 * exist, be enabled, and not have had its sessions revoked since this one began.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id } });
  if (!user || user.disabledAt || user.sessionVersion !== session?.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For admin pages: anonymous visitors go to the sign-in page and come back afterwards. */
export async function requireUser(returnTo: string): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
