import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "article.publish"
  | "article.unpublish"
  | "article.schedule"
  | "article.sendBack"
  | "article.submit"
  | "article.archive"
  | "article.unarchive"
  | "article.correct"
  | "article.feature"
  | "article.unfeature"
  | "article.retract"
  | "article.delete"
  | "article.restore"
  | "article.restoreRevision"
  | "article.previewLink"
  | "article.previewRevoke"
  /** Someone opened a preview link (no account: the actor is empty; address and browser in details). */
  | "article.previewView"
  /** Warn-level sensitive-word hits acknowledged before a release step (lib/services/sensitive-words). */
  | "article.wordsAcknowledged"
  /** The scheduler took a published article off the site at its take-down time. */
  | "article.takedown"
  | "words.create"
  | "words.update"
  | "words.delete"
  | "words.bulkAdd"
  | "trash.empty"
  | "user.create"
  | "user.role"
  | "user.disable"
  | "user.enable"
  | "user.password"
  | "user.twoFactorReset"
  | "role.create"
  /** A content API key made or revoked (lib/services/api-keys); details name it by its prefix, never its secret. */
  | "apiKey.create"
  | "apiKey.revoke"
  | "topic.save"
  | "topic.delete"
  | "topic.articles"
  | "live.add"
  | "live.update"
  | "live.pin"
  | "live.delete"
  | "settings.update"
  | "auth.signIn"
  | "auth.signOut"
  | "auth.failed"
  | "auth.throttled"
  | "auth.passwordChange"
  | "auth.twoFactorEnable"
  | "auth.twoFactorDisable"
  | "auth.recoveryCodes"
  | "auth.recoveryCodeUsed"
  | "auth.sessionEnd"
  | "auth.sessionsEnd"
  /** The review chain (lib/services/review): a stage signed, an article sent back from one, an admin's override. */
  | "review.signOff"
  | "review.sendBack"
  | "review.override"
  | "review.stage"
  | "review.settings"
  /** Webhook endpoints (lib/services/webhooks) and retrying a failed job (lib/services/jobs). */
  | "webhook.create"
  | "webhook.update"
  | "webhook.delete"
  | "webhook.resume"
  | "job.retry"
  /** A staff member was refused an action their role does not allow (see lib/actions/define-action.ts). */
  | "action.refused";

export async function audit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  action: AuditAction,
  target: { articleId?: number; userId?: number; details?: Prisma.InputJsonValue } = {},
): Promise<void> {
  await tx.auditEntry.create({
    data: { actorId: actor.id, action, articleId: target.articleId, userId: target.userId, details: target.details },
  });
}
