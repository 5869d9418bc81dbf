import { ServiceError, type FieldErrors } from "@/lib/services/errors";
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

/** Known service failures become messages; anything else is a bug and is rethrown. */
export function failureFromError<Values>(error: unknown, values: Values): FormFailure<Values> {
  if (!(error instanceof ServiceError)) throw error;
  return {
    ok: false,
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    values,
    nonce: Date.now(),
  };
}
