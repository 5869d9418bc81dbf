// The start of every server action's chain: parse → who is asking → service → tell the caches.
import "server-only";
import { getCurrentUser, type StaffUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/content/revalidate";
import { getDb } from "@/lib/db";
import type { ServiceContext } from "@/lib/services/context";
import { ServiceError } from "@/lib/services/errors";

export interface ActionContext extends ServiceContext {
  user: StaffUser;
}

/** The signed-in user's service context; an anonymous request is refused before anything runs. */
export async function actionContext(): Promise<ActionContext> {
  const user = await getCurrentUser();
  if (!user) throw new ServiceError("unauthenticated", "登录已失效,请重新登录。你填写的内容仍保留在表单中。");
  return { user, actor: user, db: await getDb(), onChange: expireTags };
}
