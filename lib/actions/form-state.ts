import type { ServiceError, FieldErrors } from "@/lib/services/errors";
import type { z } from "zod";

/** What a form action returns when it cannot finish: a message, per-field errors, and the input back. */
export interface FormFailure<Values> {
  ok: false;
  code: ServiceError["code"];
  message: string;
  fieldErrors: FieldErrors;
  values: Values;
  /** Changes on every answer, so the form re-mounts with `values`. */
  nonce: number;
}

export function failureFromZod<Values>(error: z.ZodError, values: Values, message: string): FormFailure<Values> {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: "validation", message, fieldErrors, values, nonce: Date.now() };
}
