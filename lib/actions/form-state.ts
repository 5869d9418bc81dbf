import type { ServiceError, FieldErrors } from "@/lib/services/errors";

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
