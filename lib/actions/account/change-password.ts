"use server";

import { redirect } from "next/navigation";
import { accountRefused } from "@/lib/actions/account/refusal";
import { formActionWith } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { safeReturnPath } from "@/lib/auth/redirect";
import { changeOwnPassword } from "@/lib/services/account/change-password";
import { changePasswordSchema } from "@/lib/validations/account";

export const changePasswordAction = formActionWith({
  name: "auth.passwordChange",
  session: "account",
  input: changePasswordSchema,
  run: (input, ctx) => changeOwnPassword(ctx, input),
  done: (_changed, { callbackUrl }, strings): ActionResult => {
    // A change the admin insisted on goes on to where the account was going (or to its next step).
    if (callbackUrl) redirect(safeReturnPath(callbackUrl));
    return { ok: true, message: strings.account.password.saved };
  },
  refuse: (refusal, _raw, strings) => accountRefused(strings.account, refusal),
});
