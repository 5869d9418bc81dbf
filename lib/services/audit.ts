import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction = "article.publish" | "article.unpublish" | "user.create";

export async function audit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  action: AuditAction,
  target: { articleId?: number; details?: Prisma.InputJsonValue } = {},
): Promise<void> {
  await tx.auditEntry.create({
    data: { actorId: actor.id, action, articleId: target.articleId, details: target.details },
  });
}
