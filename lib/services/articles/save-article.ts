// Creates or updates an article, optionally publishing it, in one transaction: either all of it
// is saved or none of it is.
import { canCreateArticle, canEditArticle, canPublishArticle } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TAGS } from "@/lib/content/tags";
import type { BodyDoc } from "@/lib/newsroom/body";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, ServiceError } from "@/lib/services/errors";
import { resolvePeople } from "@/lib/services/people/resolve-people";
import { publishedFields } from "@/lib/services/articles/publish-fields";
import type { CreditInput } from "@/lib/validations/article";
import { env } from "@/lib/env";

export interface SaveArticleInput {
  id?: number;
  /** The version the editor started from; a save against a newer version is refused. */
  version?: number;
  title: string;
  source: string | null;
  publishedAt: Date | null;
  body: BodyDoc;
  credits: CreditInput[];
  publish: boolean;
}

export interface SavedArticle {
  id: number;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "UNPUBLISHED";
}

async function writeCredits(tx: Prisma.TransactionClient, articleId: number, credits: CreditInput[]) {
  await tx.credit.deleteMany({ where: { articleId } });
  const resolved = await resolvePeople(tx, credits);
  await tx.credit.createMany({
    data: resolved.map((credit, position) => ({
      articleId,
      personId: credit.personId,
      role: credit.role,
      position,
      affiliation: credit.affiliation,
    })),
  });
}

async function conflictError(tx: Prisma.TransactionClient, id: number): Promise<ServiceError> {
  const current = await tx.article.findUnique({ where: { id }, include: { updatedBy: { select: { name: true } } } });
  const who = current?.updatedBy?.name ?? "其他人";
  const when = current ? formatLocalDateTime(current.updatedAt, env.timeZone) : "";
  return new ServiceError(
    "conflict",
    `保存失败:${who} 已于 ${when} 修改了这篇文章。你的修改没有覆盖对方的内容,仍保留在表单中,请核对后重新提交。`,
  );
}

export async function saveArticle(ctx: ServiceContext, input: SaveArticleInput): Promise<SavedArticle> {
  const { actor } = ctx;
  if (input.publish && !canPublishArticle(actor)) throw forbidden("只有编辑可以发布文章");
  if (input.publish && input.body.content.length === 0) {
    throw invalid("正文为空的文章不能发布", { body: ["请填写正文"] });
  }
  const now = ctx.now?.() ?? new Date();

  const saved = await ctx.db.$transaction(async (tx) => {
    const content = {
      title: input.title,
      source: input.source,
      body: input.body,
      publishedAt: input.publishedAt,
      updatedById: actor.id,
    };
    let article;
    if (input.id === undefined) {
      if (!canCreateArticle(actor)) throw forbidden();
      article = await tx.article.create({ data: { ...content, createdById: actor.id } });
    } else {
      const existing = await tx.article.findUnique({ where: { id: input.id } });
      if (!existing) throw notFound();
      if (!canEditArticle(actor, existing)) throw forbidden("你不能编辑这篇文章");
      const expected = input.version ?? existing.version;
      // The version check and the write are one statement, so two saves cannot both pass it.
      const { count } = await tx.article.updateMany({
        where: { id: input.id, version: expected },
        data: { ...content, version: { increment: 1 } },
      });
      if (count === 0) throw await conflictError(tx, input.id);
      article = await tx.article.findUniqueOrThrow({ where: { id: input.id } });
    }
    await writeCredits(tx, article.id, input.credits);

    if (input.publish) {
      article = await tx.article.update({ where: { id: article.id }, data: publishedFields(article, now) });
      await audit(tx, actor, "article.publish", { articleId: article.id });
    }
    return article;
  });

  ctx.onChange?.([TAGS.articleLists, TAGS.article(saved.id)]);
  return { id: saved.id, version: saved.version, status: saved.status };
}
