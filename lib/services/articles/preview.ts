// Previews of unpublished articles: for staff who may see the article, and through signed,
// expiring links for people without an account.
import { canViewArticle } from "@/lib/auth/permissions";
import { createPreviewToken, verifyPreviewToken } from "@/lib/auth/preview-token";
import { authSecret } from "@/lib/auth/secret";
import { publicArticleInclude, type PublicArticle } from "@/lib/content/article-view";
import { toPublic } from "@/lib/content/queries";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
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
  return `${env.siteUrl}/preview/${createPreviewToken(authSecret(), id, expires)}`;
}

/** The article a preview link grants, or null for a bad or expired link. */
export async function previewByToken(db: PrismaClient, token: string, now: Date): Promise<PublicArticle | null> {
  const id = verifyPreviewToken(authSecret(), token, now);
  if (id === null) return null;
  const row = await db.article.findUnique({ where: { id }, include: publicArticleInclude });
  return row && !row.deletedAt ? ((await toPublic(db, [row]))[0] ?? null) : null;
}
