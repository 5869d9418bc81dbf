import "server-only";
import { notFound } from "next/navigation";
import { can, type SitePermission } from "@/lib/auth/permissions";
import { requireUser, type StaffUser } from "@/lib/auth/session";

/** For admin screens of one ability: others get a 404, as if the screen did not exist. */
export async function requirePermission(path: string, permission: SitePermission): Promise<StaffUser> {
  const user = await requireUser(path);
  if (!can(user, permission)) notFound();
  return user;
}
