"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import {
  changeRole,
  createUser,
  resetTwoFactor,
  resetUserPassword,
  setDisabled,
} from "@/lib/services/users/manage-users";
import { createUserSchema, userIdSchema, userRoleSchema } from "@/lib/validations/admin";

export async function createUserAction(
  _previous: ActionResult<string> | null,
  form: FormData,
): Promise<ActionResult<string>> {
  const parsed = createUserSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? (await actionMessages()).invalidInput };
  const result = await attempt(async () => createUser(await actionContext(), parsed.data));
  if (!result.ok) return refused(result.error);
  return { ok: true, message: (await actionMessages()).userCreated(parsed.data.email), data: result.value.password };
}

export async function changeRoleAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const role = userRoleSchema.safeParse(form.get("role"));
  if (!role.success) return { ok: false, message: (await actionMessages()).unknownRole };
  const result = await attempt(async () => changeRole(await actionContext(), Number(form.get("userId")), role.data));
  return result.ok ? { ok: true, message: (await actionMessages()).roleUpdated } : refused(result.error);
}

export async function setDisabledAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const disabled = form.get("disabled") === "true";
  const result = await attempt(async () => setDisabled(await actionContext(), Number(form.get("userId")), disabled));
  return result.ok
    ? { ok: true, message: disabled ? (await actionMessages()).userDisabled : (await actionMessages()).userEnabled }
    : refused(result.error);
}

export async function resetPasswordAction(
  _previous: ActionResult<string> | null,
  form: FormData,
): Promise<ActionResult<string>> {
  const result = await attempt(async () => resetUserPassword(await actionContext(), Number(form.get("userId"))));
  return result.ok
    ? { ok: true, message: (await actionMessages()).newPassword, data: result.value }
    : refused(result.error);
}

export async function resetTwoFactorAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const userId = userIdSchema.safeParse(form.get("userId"));
  if (!userId.success) return { ok: false, message: (await actionMessages()).invalidRequest };
  const result = await attempt(async () => resetTwoFactor(await actionContext(), userId.data));
  return result.ok ? { ok: true, message: (await actionMessages()).twoFactorReset } : refused(result.error);
}
