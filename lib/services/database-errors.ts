// The database failures a service can mean, by Prisma's codes: a row that is not there (an update or
// delete of a missing id) and a unique key already taken (two saves racing past a check). Any other
// failure — a lost connection, a bug — is not a refusal and is passed on as it is.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceError } from "@/lib/services/errors";

const CODES = { missing: "P2025", taken: "P2002" } as const;

type Meaning = keyof typeof CODES;

export function isDatabaseFailure(error: unknown, meaning: Meaning): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === CODES[meaning];
}

/** For `.catch()`: the failures named become these refusals; everything else is rethrown. */
export function refuseOn(meanings: Partial<Record<Meaning, () => ServiceError>>) {
  return (error: unknown): never => {
    for (const [meaning, refusal] of Object.entries(meanings) as Array<[Meaning, () => ServiceError]>) {
      if (isDatabaseFailure(error, meaning)) throw refusal();
    }
    throw error;
  };
}
