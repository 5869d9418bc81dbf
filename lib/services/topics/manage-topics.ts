// Topics (专题), managed by editors: the topic itself and its ordered list of articles. Any article
// that is not in the trash may be placed in a topic; readers see only those they may see, so a draft
// placed early appears the moment it is published.
import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SECTION_SLUG } from "@/lib/newsroom/slug";
import { moveInOrder, type MoveDirection } from "@/lib/newsroom/topic-order";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { refuseOn } from "@/lib/services/database-errors";
import { forbidden, invalid, notFound, say, type ServiceMessageKey } from "@/lib/services/errors";

export interface TopicInput {
  slug: string;
  title: string;
  description: string | null;
  coverId: number | null;
}

const refusal: ServiceMessageKey = "topics.editorsOnly";
const slugTaken = () => invalid("topics.slugTaken", { slug: ["topics.taken"] });
const missingTopic = () => notFound("topic");

function allowed(ctx: ServiceContext): void {
  if (!can(ctx.actor, "topics.manage")) throw forbidden(refusal);
}

export async function saveTopic(ctx: ServiceContext, id: number | null, input: TopicInput): Promise<number> {
  allowed(ctx);
  if (!SECTION_SLUG.test(input.slug)) throw invalid("topics.slugFormat", { slug: ["topics.badFormat"] });
  const topicId = await ctx.db
    .$transaction(async (tx) => {
      const clash = await tx.topic.findUnique({ where: { slug: input.slug }, select: { id: true } });
      if (clash && clash.id !== id) throw slugTaken();
      if (
        input.coverId !== null &&
        !(await tx.media.findUnique({ where: { id: input.coverId }, select: { id: true } }))
      )
        throw invalid("topics.coverMissing", { coverId: ["topics.imageMissing"] });
      const topic =
        id === null ? await tx.topic.create({ data: input }) : await tx.topic.update({ where: { id }, data: input });
      await audit(tx, ctx.actor, "topic.save", {
        details: { topicId: topic.id, slug: topic.slug, title: topic.title },
      });
      return topic.id;
    })
    // The check above cannot see a save racing this one; the unique key can.
    .catch(refuseOn({ missing: missingTopic, taken: slugTaken }));
  ctx.onChange?.([TAGS.topics]);
  return topicId;
}

export async function deleteTopic(ctx: ServiceContext, id: number): Promise<void> {
  allowed(ctx);
  await ctx.db
    .$transaction(async (tx) => {
      // Its article links go with it (cascade); the articles stay.
      const topic = await tx.topic.delete({ where: { id } });
      await audit(tx, ctx.actor, "topic.delete", { details: { topicId: id, slug: topic.slug, title: topic.title } });
    })
    .catch(refuseOn({ missing: missingTopic }));
  ctx.onChange?.([TAGS.topics]);
}

/** Runs a change to a topic's article list in one transaction, with the topic locked against another. */
async function changeArticles(
  ctx: ServiceContext,
  topicId: number,
  details: Prisma.InputJsonObject,
  change: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<void> {
  allowed(ctx);
  await ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM "Topic" WHERE id = ${topicId} FOR UPDATE`;
    if (locked.length === 0) throw missingTopic();
    await change(tx);
    // The topic's own time says when its list last changed (the sitemap's lastmod).
    await tx.topic.update({ where: { id: topicId }, data: { updatedAt: ctx.now?.() ?? new Date() } });
    await audit(tx, ctx.actor, "topic.articles", { details: { topicId, ...details } });
  });
  ctx.onChange?.([TAGS.topics]);
}

export async function addTopicArticle(ctx: ServiceContext, topicId: number, articleId: number): Promise<void> {
  await changeArticles(ctx, topicId, { add: articleId }, async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { deletedAt: true } });
    if (!article || article.deletedAt)
      throw invalid(say("topics.articleMissing", { id: articleId }), { articleId: ["topics.articleMissingField"] });
    if (await tx.topicArticle.findUnique({ where: { topicId_articleId: { topicId, articleId } } }))
      throw invalid(say("topics.articleAlreadyIn", { id: articleId }), { articleId: ["topics.alreadyInField"] });
    const last = await tx.topicArticle.aggregate({ where: { topicId }, _max: { position: true } });
    await tx.topicArticle.create({ data: { topicId, articleId, position: (last._max.position ?? -1) + 1 } });
  });
}

export async function moveTopicArticle(
  ctx: ServiceContext,
  topicId: number,
  articleId: number,
  direction: MoveDirection,
): Promise<void> {
  await changeArticles(ctx, topicId, { move: articleId, direction }, async (tx) => {
    const links = await tx.topicArticle.findMany({
      where: { topicId },
      orderBy: [{ position: "asc" }, { articleId: "asc" }],
      select: { articleId: true, position: true },
    });
    const order = moveInOrder(
      links.map((link) => link.articleId),
      articleId,
      direction,
    );
    if (!order) throw invalid("topics.articleNotIn");
    // Renumbered from 0 in the new order; only the rows whose place changed are written.
    for (const [position, id] of order.entries()) {
      if (links[position]?.articleId !== id || links[position]?.position !== position)
        await tx.topicArticle.update({ where: { topicId_articleId: { topicId, articleId: id } }, data: { position } });
    }
  });
}

export async function removeTopicArticle(ctx: ServiceContext, topicId: number, articleId: number): Promise<void> {
  await changeArticles(ctx, topicId, { remove: articleId }, async (tx) => {
    const removed = await tx.topicArticle.deleteMany({ where: { topicId, articleId } });
    if (removed.count === 0) throw invalid("topics.articleNotIn");
  });
}
