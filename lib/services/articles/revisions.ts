import type { Prisma, RevisionKind } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { toJsonValue } from "@/lib/json-value";
import { contentToJson, type ArticleContent } from "@/lib/validations/article-content";

/**
 * Keeps a snapshot. Autosaves by the same person in a row replace each other instead of piling up;
 * every other kind of save is a new, immutable revision.
 */
export async function writeRevision(
  tx: Prisma.TransactionClient,
  actor: Actor,
  articleId: number,
  version: number,
  kind: RevisionKind,
  content: ArticleContent,
): Promise<number> {
  const snapshot = toJsonValue(contentToJson(content));
  if (kind === "AUTOSAVE") {
    const latest = await tx.revision.findFirst({ where: { articleId }, orderBy: { id: "desc" } });
    if (latest?.kind === "AUTOSAVE" && latest.authorId === actor.id) {
      await tx.revision.update({
        where: { id: latest.id },
        data: { version, snapshot, createdAt: new Date() },
      });
      return latest.id;
    }
  }
  const revision = await tx.revision.create({
    data: { articleId, version, kind, authorId: actor.id, snapshot },
  });
  return revision.id;
}
