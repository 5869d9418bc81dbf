"use server";

import { accountRefused } from "@/lib/actions/account/refusal";
import { formActionWith } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { confirmEnrolment, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/services/account/two-factor";
import { currentPasswordSchema, totpCodeSchema } from "@/lib/validations/account";

/** The first code from the app; answers with the recovery codes, shown once. */
export const enableTwoFactorAction = formActionWith({
  name: "auth.twoFactorEnable",
  session: "account",
  input: totpCodeSchema,
  run: ({ code }, ctx) => confirmEnrolment(ctx, code),
  done: (codes, _input, strings): ActionResult<string[]> => ({
    ok: true,
    message: strings.account.twoFactor.enabled,
    data: codes,
  }),
  refuse: (refusal, _raw, strings) => accountRefused(strings.account, refusal),
});

export const regenerateRecoveryCodesAction = formActionWith({
  name: "auth.recoveryCodes",
  session: "account",
  input: currentPasswordSchema,
  run: ({ currentPassword }, ctx) => regenerateRecoveryCodes(ctx, currentPassword),
  done: (codes, _input, strings): ActionResult<string[]> => ({
    ok: true,
    message: strings.account.twoFactor.regenerated,
    data: codes,
  }),
  refuse: (refusal, _raw, strings) => accountRefused(strings.account, refusal),
});

export const disableTwoFactorAction = formActionWith({
  name: "auth.twoFactorDisable",
  session: "account",
  input: currentPasswordSchema,
  run: ({ currentPassword }, ctx) => disableTwoFactor(ctx, currentPassword),
  done: (_off, _input, strings): ActionResult => ({ ok: true, message: strings.account.twoFactor.disabled }),
  refuse: (refusal, _raw, strings) => accountRefused(strings.account, refusal),
});
