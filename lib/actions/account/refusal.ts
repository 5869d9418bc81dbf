import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n";
import { AccountRefusal, type AccountRefusalReason } from "@/lib/services/account/context";
import type { ServiceError } from "@/lib/services/errors";

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

/** An own-account refusal in the interface language, on the field it is about. */
export function accountRefused(m: Messages["account"], error: ServiceError): ActionResult<never> {
  if (!(error instanceof AccountRefusal)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  const text = message(m, error.reason);
  return { ok: false, message: text, fieldErrors: { [error.field]: [text] } };
}
