// Loads an export into an empty instance with the same ids, so links, revisions and credits line up.
// Accounts come back disabled with unusable passwords: an admin re-enables them and resets passwords.
import { bumpListVersion } from "@/lib/services/sensitive-words/compiled-list";
import { ruleWording } from "@/lib/newsroom/body/errors";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { exportSchema } from "@/lib/export/format";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toJsonValue } from "@/lib/json-value";
import { reindexArticle } from "@/lib/search/index-article";
import { columnData } from "@/lib/services/articles/article-columns";
import { invalid, say } from "@/lib/services/errors";

// Tables with serial ids, whose sequences must continue after the imported rows.
const SEQUENCED = [
  "User",
  "Section",
  "Tag",
  "Person",
  "Media",
  "Article",
  "Correction",
  "Revision",
  "LiveEntry",
  "Topic",
  "ReviewStage",
  "ReviewSignOff",
  "SensitivePhrase",
] as const;

export interface ContentImportSummary {
  articles: number;
  people: number;
  revisions: number;
  users: number;
}

function json(value: unknown): Prisma.InputJsonValue {
  if (typeof value !== "object" || value === null) throw invalid("exportUnreadableJson");
  return toJsonValue(value);
}

export async function importContent(db: PrismaClient, raw: unknown, now = new Date()): Promise<ContentImportSummary> {
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      say("exportNotRecognised", {
        path: issue?.path.join(".") ?? "",
        problem: issue ? (ruleWording(issue) ?? issue.message) : "",
      }),
    );
  }
  const data = parsed.data;
  if ((await db.article.count()) > 0 || (await db.person.count()) > 0) {
    throw invalid("exportNeedsEmptySite");
  }
  const lockedHash = await hashPassword(randomBytes(32).toString("base64url"));

  await db.$transaction(
    async (tx) => {
      const existing = new Map((await tx.user.findMany()).map((user) => [user.email, user.id]));
      const userIds = new Map<number, number>();
      for (const user of data.users) {
        const present = existing.get(user.email);
        if (present !== undefined) {
          userIds.set(user.id, present);
          continue;
        }
        const created = await tx.user.create({
          data: {
            email: user.email,
            name: user.name,
            role: user.role,
            passwordHash: lockedHash,
            disabledAt: user.disabledAt ?? now,
            createdAt: user.createdAt,
          },
        });
        userIds.set(user.id, created.id);
      }
      const user = (id: number | null) => (id === null ? null : (userIds.get(id) ?? null));

      for (const role of data.creditRoles) {
        await tx.creditRole.upsert({ where: { key: role.key }, create: role, update: role });
      }
      if (data.sections.length) await tx.section.createMany({ data: data.sections });
      if (data.tags.length) await tx.tag.createMany({ data: data.tags });
      if (data.people.length)
        await tx.person.createMany({ data: data.people.map((person) => ({ ...person, userId: user(person.userId) })) });
      if (data.media.length) {
        await tx.media.createMany({
          data: data.media.map((item) => ({
            ...item,
            variants: json(item.variants),
            createdById: user(item.createdById),
          })),
        });
      }
      if (data.sensitivePhrases.length) {
        await tx.sensitivePhrase.createMany({ data: data.sensitivePhrases });
        await bumpListVersion(tx);
      }
      // The exported chain replaces the stages a new instance starts with.
      if (data.reviewStages.length) {
        await tx.reviewStage.deleteMany();
        for (const { userIds, ...stage } of data.reviewStages) {
          await tx.reviewStage.create({ data: stage });
          const signers = userIds
            .map(user)
            .filter((userId): userId is number => userId !== null)
            .map((userId) => ({ stageId: stage.id, userId }));
          if (signers.length) await tx.reviewStageSigner.createMany({ data: signers });
        }
      }
      const stageIds = new Set(data.reviewStages.map((stage) => stage.id));
      for (const article of data.articles) {
        const { credits, tags, corrections, revisions, liveEntries, reviewSignOffs, ...row } = article;
        await tx.article.create({
          data: {
            ...row,
            ...columnData(row),
            createdById: user(row.createdById),
            updatedById: user(row.updatedById),
          },
        });
        if (credits.length)
          await tx.credit.createMany({ data: credits.map((credit) => ({ ...credit, articleId: article.id })) });
        if (tags.length)
          await tx.articleTag.createMany({ data: tags.map((tag) => ({ ...tag, articleId: article.id })) });
        if (corrections.length) {
          await tx.correction.createMany({
            data: corrections.map((correction) => ({
              ...correction,
              articleId: article.id,
              authorId: user(correction.authorId),
            })),
          });
        }
        if (liveEntries.length) {
          await tx.liveEntry.createMany({
            data: liveEntries.map((entry) => ({ ...entry, body: json(entry.body), articleId: article.id })),
          });
        }
        if (revisions.length) {
          await tx.revision.createMany({
            data: revisions.map((revision) => ({
              ...revision,
              snapshot: json(revision.snapshot),
              articleId: article.id,
              authorId: user(revision.authorId),
            })),
          });
        }
        if (reviewSignOffs.length) {
          await tx.reviewSignOff.createMany({
            data: reviewSignOffs.map((signOff) => ({
              ...signOff,
              // A sign-off of a stage the file does not carry keeps its name only.
              stageId: signOff.stageId !== null && stageIds.has(signOff.stageId) ? signOff.stageId : null,
              articleId: article.id,
              userId: user(signOff.userId),
            })),
          });
        }
      }
      for (const { articles, ...topic } of data.topics) {
        await tx.topic.create({ data: topic });
        if (articles.length)
          await tx.topicArticle.createMany({ data: articles.map((link) => ({ ...link, topicId: topic.id })) });
      }
      // The search index is derived data: rebuilt rather than carried in the export.
      for (const article of data.articles) await reindexArticle(tx, article.id);
      for (const table of SEQUENCED) {
        await tx.$executeRawUnsafe(
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX(id) FROM "${table}"), 1), (SELECT MAX(id) IS NOT NULL FROM "${table}"))`,
        );
      }
    },
    { timeout: 120_000 },
  );
  return {
    articles: data.articles.length,
    people: data.people.length,
    revisions: data.articles.reduce((sum, article) => sum + article.revisions.length, 0),
    users: data.users.length,
  };
}
