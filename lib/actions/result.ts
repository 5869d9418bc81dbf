import { ServiceError } from "@/lib/services/errors";

/** What a small action (a button, a one-field form) tells the page. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Partial<Record<string, string[]>> };

/** Runs the service step; known refusals become messages, anything else is a bug and is rethrown. */
export async function attempt<T>(
  step: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: ServiceError }> {
  try {
    return { ok: true, value: await step() };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error };
    throw error;
  }
}

export function refused(error: ServiceError): ActionResult<never> {
  return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
}
