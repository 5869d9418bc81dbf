import { expect } from "vitest";
import { ServiceError } from "@/lib/services/errors";

/** Awaits a refusal and checks its kind; returns the error for further checks. */
export async function expectServiceError(promise: Promise<unknown>, code: ServiceError["code"]): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected a ${code} refusal`).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe(code);
  return error as ServiceError;
}
