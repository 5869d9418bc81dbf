"use server";

import { redirect } from "next/navigation";
import { accountActionContext } from "@/lib/actions/account/account-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { signOut } from "@/lib/auth";
import { actionStrings } from "@/lib/i18n/server";
import { endAllOwnSessions, endOwnSession } from "@/lib/services/account/sessions";
import { sessionIdSchema } from "@/lib/validations/account";

export async function endSessionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = (await actionStrings()).account.sessions;
  const parsed = sessionIdSchema.safeParse({ sessionId: form.get("sessionId") });
  if (!parsed.success) return { ok: false, message: (await actionStrings()).actions.invalidRequest };
  const result = await attempt(async () => endOwnSession(await accountActionContext(), parsed.data.sessionId));
  return result.ok ? { ok: true, message: m.ended } : refused(result.error);
}

/** Every session of the account ends, this one too; the browser goes to the sign-in page. */
export async function endAllSessionsAction(): Promise<ActionResult> {
  const result = await attempt(async () => endAllOwnSessions(await accountActionContext()));
  if (!result.ok) return refused(result.error);
  await signOut({ redirect: false });
  redirect("/login");
}
