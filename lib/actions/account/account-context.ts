// The start of an own-account action's chain. Unlike actionContext(), it lets in an account that still
// has a step to do (a password to change, two-factor sign-in to set up): these actions are that step.
import "server-only";
import { headers } from "next/headers";
import { requestAddress } from "@/lib/auth/client-address";
import { authSecret } from "@/lib/auth/secret";
import { getSignedIn, type SignedIn } from "@/lib/auth/session";
import { signInThrottle } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";
import { actionStrings } from "@/lib/i18n/server";
import type { AccountContext } from "@/lib/services/account/context";
import { ServiceError } from "@/lib/services/errors";

export interface AccountActionContext extends AccountContext {
  signedIn: SignedIn;
}

export async function accountActionContext(): Promise<AccountActionContext> {
  const signedIn = await getSignedIn();
  if (!signedIn)
    throw new ServiceError("unauthenticated", { text: (await actionStrings()).account.refused.notSignedIn });
  return {
    signedIn,
    db: await getDb(),
    actor: signedIn.user,
    sessionId: signedIn.sessionId,
    guard: { throttle: signInThrottle(), address: requestAddress(await headers()) },
    secret: authSecret(),
  };
}
