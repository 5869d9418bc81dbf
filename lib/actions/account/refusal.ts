import type { Refusal } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n";
import { AccountRefusal, type AccountRefusalReason } from "@/lib/services/account/context";

function message(m: Messages["account"], reason: AccountRefusalReason): string {
  switch (reason) {
    case "throttled":
      return m.password.throttled;
    case "wrongPassword":
      return m.password.wrongCurrent;
    case "mismatch":
      return m.password.mismatch;
    case "sameEmail":
      return m.password.sameEmail;
    case "emailTaken":
      return m.password.emailTaken;
    case "codeInvalid":
      return m.twoFactor.codeInvalid;
    case "required":
      return m.twoFactor.required;
    default:
      return m.password.problems[reason];
  }
}

/**
 * An own-account refusal in the interface language, on the field it is about. Input that fails its
 * schema (only lengths are checked there) says what the field needs: a readable email, a shorter
 * password, a code, the current password.
 */
export function accountRefused(m: Messages["account"], refusal: Refusal): ActionResult<never> {
  const error = refusal.error;
  if (error instanceof AccountRefusal) {
    const text = message(m, error.reason);
    return { ok: false, message: text, fieldErrors: { [error.field]: [text] } };
  }
  if (refusal.code === "validation" && !error) {
    const field = Object.keys(refusal.fieldErrors)[0] ?? "form";
    const text =
      field === "email"
        ? m.password.invalidEmail
        : field === "code"
          ? m.twoFactor.codeInvalid
          : field === "currentPassword"
            ? m.password.wrongCurrent
            : m.password.problems.tooLong;
    return { ok: false, message: text, fieldErrors: { [field]: [text] } };
  }
  return { ok: false, message: refusal.message, fieldErrors: refusal.fieldErrors };
}
