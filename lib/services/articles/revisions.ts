import type { Prisma, RevisionKind } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { toJsonValue } from "@/lib/json-value";
import type { ArticleSnapshot } from "@/lib/newsroom/article-snapshot";

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
  snapshot: ArticleSnapshot,
): Promise<number> {
  if (kind === "AUTOSAVE") {
    const latest = await tx.revision.findFirst({ where: { articleId }, orderBy: { id: "desc" } });
    if (latest?.kind === "AUTOSAVE" && latest.authorId === actor.id) {
      await tx.revision.update({
        where: { id: latest.id },
        data: { version, snapshot: toJsonValue(snapshot), createdAt: new Date() },
      });
      return latest.id;
    }
  }
  const revision = await tx.revision.create({
    data: { articleId, version, kind, authorId: actor.id, snapshot: toJsonValue(snapshot) },
  });
  return revision.id;
}
