"use server";

import { accountActionContext } from "@/lib/actions/account/account-context";
import { accountRefused } from "@/lib/actions/account/refusal";
import { attempt, type ActionResult } from "@/lib/actions/result";
import { actionStrings } from "@/lib/i18n/server";
import { confirmEnrolment, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/services/account/two-factor";
import { currentPasswordSchema, totpCodeSchema } from "@/lib/validations/account";

/** The first code from the app; answers with the recovery codes, shown once. */
export async function enableTwoFactorAction(
  _previous: ActionResult<string[]> | null,
  form: FormData,
): Promise<ActionResult<string[]>> {
  const m = (await actionStrings()).account;
  const parsed = totpCodeSchema.safeParse({ code: form.get("code") });
  if (!parsed.success) return { ok: false, message: m.twoFactor.codeInvalid };
  const result = await attempt(async () => confirmEnrolment(await accountActionContext(), parsed.data.code));
  return result.ok ? { ok: true, message: m.twoFactor.enabled, data: result.value } : accountRefused(m, result.error);
}

export async function regenerateRecoveryCodesAction(
  _previous: ActionResult<string[]> | null,
  form: FormData,
): Promise<ActionResult<string[]>> {
  const m = (await actionStrings()).account;
  const parsed = currentPasswordSchema.safeParse({ currentPassword: form.get("currentPassword") ?? "" });
  if (!parsed.success) return { ok: false, message: m.password.wrongCurrent };
  const result = await attempt(async () =>
    regenerateRecoveryCodes(await accountActionContext(), parsed.data.currentPassword),
  );
  return result.ok
    ? { ok: true, message: m.twoFactor.regenerated, data: result.value }
    : accountRefused(m, result.error);
}

export async function disableTwoFactorAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = (await actionStrings()).account;
  const parsed = currentPasswordSchema.safeParse({ currentPassword: form.get("currentPassword") ?? "" });
  if (!parsed.success) return { ok: false, message: m.password.wrongCurrent };
  const result = await attempt(async () => disableTwoFactor(await accountActionContext(), parsed.data.currentPassword));
  return result.ok ? { ok: true, message: m.twoFactor.disabled } : accountRefused(m, result.error);
}
