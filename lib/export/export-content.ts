import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MastheadExport } from "@/lib/export/format";
import { columnsOfRow } from "@/lib/services/articles/article-columns";
import { columnsToJson } from "@/lib/validations/article-content";

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** Every piece of content (and the accounts it is attributed to, without passwords) as one document. */
export async function exportContent(db: PrismaClient, now = new Date()): Promise<MastheadExport> {
  const [users, creditRoles, sections, tags, people, media, reviewStages, articles, topics, phrases] =
    await Promise.all([
      db.user.findMany({ orderBy: { id: "asc" } }),
      db.creditRole.findMany({ orderBy: { key: "asc" } }),
      db.section.findMany({ orderBy: { id: "asc" } }),
      db.tag.findMany({ orderBy: { id: "asc" } }),
      db.person.findMany({ orderBy: { id: "asc" } }),
      db.media.findMany({ orderBy: { id: "asc" } }),
      db.reviewStage.findMany({ orderBy: { id: "asc" }, include: { signers: { orderBy: { userId: "asc" } } } }),
      db.article.findMany({
        orderBy: { id: "asc" },
        include: {
          credits: { orderBy: { position: "asc" } },
          tags: { orderBy: { position: "asc" } },
          corrections: { orderBy: { id: "asc" } },
          revisions: { orderBy: { id: "asc" } },
          liveEntries: { orderBy: { id: "asc" } },
          reviewSignOffs: { orderBy: { id: "asc" } },
        },
      }),
      db.topic.findMany({
        orderBy: { id: "asc" },
        include: { articles: { orderBy: [{ position: "asc" }, { articleId: "asc" }] } },
      }),
      db.sensitivePhrase.findMany({ orderBy: { id: "asc" } }),
    ]);
  return {
    format: "masthead-export",
    version: 1,
    exportedAt: iso(now),
    users: users.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      disabledAt: isoOrNull(user.disabledAt),
      createdAt: iso(user.createdAt),
    })),
    creditRoles,
    sections,
    tags,
    people: people.map((person) => ({ ...person, createdAt: iso(person.createdAt) })),
    media: media.map((item) => ({ ...item, createdAt: iso(item.createdAt) })),
    sensitivePhrases: phrases.map((phrase) => ({
      ...phrase,
      createdAt: iso(phrase.createdAt),
      updatedAt: iso(phrase.updatedAt),
    })),
    reviewStages: reviewStages.map(({ signers, ...stage }) => ({
      ...stage,
      userIds: signers.map((signer) => signer.userId),
      createdAt: iso(stage.createdAt),
    })),
    articles: articles.map((article) => ({
      id: article.id,
      ...columnsToJson(columnsOfRow(article)),
      status: article.status,
      publishedAt: isoOrNull(article.publishedAt),
      firstPublishedAt: isoOrNull(article.firstPublishedAt),
      scheduledAt: isoOrNull(article.scheduledAt),
      embargoUntil: isoOrNull(article.embargoUntil),
      embargoLiftedAt: isoOrNull(article.embargoLiftedAt),
      liveClosedAt: isoOrNull(article.liveClosedAt),
      modifiedAt: isoOrNull(article.modifiedAt),
      reviewNote: article.reviewNote,
      deletedAt: isoOrNull(article.deletedAt),
      featuredAt: isoOrNull(article.featuredAt),
      retractedAt: isoOrNull(article.retractedAt),
      retractionNote: article.retractionNote,
      version: article.version,
      previewGeneration: article.previewGeneration,
      createdById: article.createdById,
      updatedById: article.updatedById,
      createdAt: iso(article.createdAt),
      updatedAt: iso(article.updatedAt),
      credits: article.credits.map(({ personId, roleKey, position, affiliation }) => ({
        personId,
        roleKey,
        position,
        affiliation,
      })),
      tags: article.tags.map(({ tagId, position }) => ({ tagId, position })),
      corrections: article.corrections.map((correction) => ({
        id: correction.id,
        kind: correction.kind,
        text: correction.text,
        createdAt: iso(correction.createdAt),
        authorId: correction.authorId,
      })),
      revisions: article.revisions.map((revision) => ({
        id: revision.id,
        version: revision.version,
        kind: revision.kind,
        authorId: revision.authorId,
        createdAt: iso(revision.createdAt),
        snapshot: revision.snapshot,
      })),
      reviewSignOffs: article.reviewSignOffs.map((signOff) => ({
        id: signOff.id,
        stageId: signOff.stageId,
        stageName: signOff.stageName,
        override: signOff.override,
        userId: signOff.userId,
        revisionId: signOff.revisionId,
        contentHash: signOff.contentHash,
        note: signOff.note,
        createdAt: iso(signOff.createdAt),
        invalidatedAt: isoOrNull(signOff.invalidatedAt),
        invalidatedReason: signOff.invalidatedReason,
      })),
      liveEntries: article.liveEntries.map((entry) => ({
        id: entry.id,
        body: entry.body,
        imageId: entry.imageId,
        personId: entry.personId,
        credit: entry.credit,
        pinned: entry.pinned,
        createdAt: iso(entry.createdAt),
        updatedAt: iso(entry.updatedAt),
        deletedAt: isoOrNull(entry.deletedAt),
      })),
    })),
    topics: topics.map((topic) => ({
      id: topic.id,
      slug: topic.slug,
      title: topic.title,
      description: topic.description,
      coverId: topic.coverId,
      createdAt: iso(topic.createdAt),
      updatedAt: iso(topic.updatedAt),
      articles: topic.articles.map(({ articleId, position }) => ({ articleId, position })),
    })),
  };
}
