import { open } from "@/lib/auth/secret-box";
import { hashRecoveryCode, looksLikeRecoveryCode } from "@/lib/auth/recovery-codes";
import { looksLikeTotpCode, verifyTotp } from "@/lib/auth/totp";
import type { PrismaClient, User } from "@/lib/generated/prisma/client";

export type SecondFactor = "totp" | "recoveryCode";

/**
 * Accepts a code from the authenticator app or an unused recovery code, each once only: the time step
 * of an accepted code and the use of a recovery code are written with a conditional update, so two
 * requests racing with the same code cannot both win.
 */
export async function acceptSecondFactor(
  db: PrismaClient,
  user: Pick<User, "id" | "totpSecret" | "totpLastStep">,
  code: string,
  { secret, now }: { secret: string; now: Date },
): Promise<SecondFactor | null> {
  const given = code.replace(/\s/g, "");
  if (looksLikeTotpCode(given)) {
    const totpSecret = user.totpSecret ? open(secret, user.totpSecret) : null;
    if (!totpSecret) return null;
    const step = await verifyTotp(totpSecret, given, { afterStep: user.totpLastStep, now });
    if (step === null) return null;
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  if (looksLikeRecoveryCode(given)) {
    const { count } = await db.recoveryCode.updateMany({
      where: { userId: user.id, codeHash: hashRecoveryCode(given), usedAt: null },
      data: { usedAt: now },
    });
    return count === 1 ? "recoveryCode" : null;
  }
  return null;
}
