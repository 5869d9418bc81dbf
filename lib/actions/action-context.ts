// The start of every server action's chain: parse → who is asking → service → tell the caches.
import "server-only";
import { getCurrentUser, type StaffUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/content/revalidate";
import { getDb } from "@/lib/db";
import { actionMessages } from "@/lib/i18n/server";
import type { ServiceContext } from "@/lib/services/context";
import { ServiceError } from "@/lib/services/errors";

export interface ActionContext extends ServiceContext {
  user: StaffUser;
}

/** The signed-in user's service context; an anonymous request is refused before anything runs. */
export async function actionContext(): Promise<ActionContext> {
  const user = await getCurrentUser();
  if (!user) throw new ServiceError("unauthenticated", { text: (await actionMessages()).sessionExpired });
  return { user, actor: user, db: await getDb(), onChange: expireTags };
}
