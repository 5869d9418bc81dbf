// Previews of unpublished articles: for staff who may see the article, and through signed,
// expiring links for people without an account. Each link carries the article's preview generation;
// revoking raises it, which voids every link given out so far. Every view through a link is audited.
import { canViewArticle, SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { createPreviewToken, verifyPreviewToken } from "@/lib/auth/preview-token";
import { authSecret } from "@/lib/auth/secret";
import { publicArticleInclude, type PublicArticle } from "@/lib/content/article-view";
import { toPublic } from "@/lib/content/queries";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, notFound } from "@/lib/services/errors";

async function loadAny(db: PrismaClient, id: number) {
  const row = await db.article.findUnique({ where: { id }, include: publicArticleInclude });
  if (!row || row.deletedAt) throw notFound();
  return row;
}

/** The article exactly as its public page would show it, whatever its status. */
export async function previewForStaff(db: PrismaClient, actor: Actor, id: number): Promise<PublicArticle> {
  const row = await loadAny(db, id);
  if (!canViewArticle(actor, row)) throw forbidden("cannotView");
  const [view] = await toPublic(db, [row]);
  if (!view) throw notFound();
  return view;
}

export async function createPreviewLink(ctx: ServiceContext, id: number, hours: number): Promise<string> {
  const row = await loadAny(ctx.db, id);
  if (!canViewArticle(ctx.actor, row)) throw forbidden("cannotShare");
  const expires = new Date((ctx.now?.() ?? new Date()).getTime() + hours * 3_600_000);
  const token = createPreviewToken(authSecret(), { articleId: id, generation: row.previewGeneration }, expires);
  await audit(ctx.db, ctx.actor, "article.previewLink", { articleId: id, details: { hours } });
  return `${env.siteUrl}/preview/${token}`;
}

/** Voids every preview link of the article made so far; new links work again. */
export async function revokePreviewLinks(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const row = await tx.article.findUnique({
      where: { id },
      select: { id: true, deletedAt: true, status: true, createdById: true },
    });
    if (!row || row.deletedAt) throw notFound();
    if (!canViewArticle(ctx.actor, row)) throw forbidden("cannotManagePreviews");
    const { previewGeneration } = await tx.article.update({
      where: { id },
      data: { previewGeneration: { increment: 1 } },
      select: { previewGeneration: true },
    });
    await audit(tx, ctx.actor, "article.previewRevoke", { articleId: id, details: { generation: previewGeneration } });
  });
}

/** Who opened a preview link, for the audit log. */
export interface PreviewViewer {
  address?: string;
  userAgent?: string;
}

/** The article a preview link grants, or null for a bad, expired or revoked link. */
export async function previewByToken(
  db: PrismaClient,
  token: string,
  now: Date,
  viewer: PreviewViewer = {},
): Promise<PublicArticle | null> {
  const grant = verifyPreviewToken(authSecret(), token, now);
  if (grant === null) return null;
  const row = await db.article.findUnique({ where: { id: grant.articleId }, include: publicArticleInclude });
  if (!row || row.deletedAt || row.previewGeneration !== grant.generation) return null;
  const view = (await toPublic(db, [row]))[0] ?? null;
  if (view) {
    await audit(db, SYSTEM_ACTOR, "article.previewView", {
      articleId: row.id,
      details: { address: viewer.address?.slice(0, 100) ?? null, userAgent: viewer.userAgent?.slice(0, 300) ?? null },
    });
  }
  return view;
}
