"use server";

import { redirect } from "next/navigation";
import { accountActionContext } from "@/lib/actions/account/account-context";
import { accountRefused } from "@/lib/actions/account/refusal";
import { attempt, type ActionResult } from "@/lib/actions/result";
import { safeReturnPath } from "@/lib/auth/redirect";
import { actionStrings } from "@/lib/i18n/server";
import { changeOwnPassword } from "@/lib/services/account/change-password";
import { changePasswordSchema } from "@/lib/validations/account";

export async function changePasswordAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = (await actionStrings()).account;
  const parsed = changePasswordSchema.safeParse({
    currentPassword: form.get("currentPassword") ?? "",
    newPassword: form.get("newPassword") ?? "",
    confirmPassword: form.get("confirmPassword") ?? "",
    email: form.get("email") ?? undefined,
    callbackUrl: form.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) {
    const onEmail = parsed.error.issues[0]?.path[0] === "email";
    return { ok: false, message: onEmail ? m.password.invalidEmail : m.password.problems.tooLong };
  }
  const result = await attempt(async () => changeOwnPassword(await accountActionContext(), parsed.data));
  if (!result.ok) return accountRefused(m, result.error);
  // A change the admin insisted on goes on to where the account was going (or to its next step).
  if (parsed.data.callbackUrl) redirect(safeReturnPath(parsed.data.callbackUrl));
  return { ok: true, message: m.password.saved };
}
