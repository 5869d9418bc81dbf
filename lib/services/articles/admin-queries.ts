// Reads for the admin, filtered by what the actor may see.
import { can, canEditArticle, canViewArticle, type Actor } from "@/lib/auth/permissions";
import type { ArticleStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { articleSnapshotSchema } from "@/lib/newsroom/article-snapshot";
import { articleContentInclude, contentOfRow } from "@/lib/services/articles/article-columns";
import { forbidden, notFound } from "@/lib/services/errors";

export const ADMIN_PAGE_SIZE = 25;

// Derived columns the admin never shows; the 64-bit hash would not survive JSON either.
const DERIVED = { simhash: true, simhashBands: true } as const;

export interface ArticleFilters {
  status?: ArticleStatus;
  sectionId?: number;
  authorId?: number;
  from?: Date;
  to?: Date;
  q?: string;
  trash?: boolean;
  page?: number;
}

export function visibleToActor(actor: Actor): Prisma.ArticleWhereInput {
  return can(actor, "article.viewAll") ? {} : { createdById: actor.id ?? -1 };
}

export function adminWhere(actor: Actor, filters: ArticleFilters): Prisma.ArticleWhereInput {
  return {
    AND: [
      visibleToActor(actor),
      { deletedAt: filters.trash ? { not: null } : null },
      filters.status ? { status: filters.status } : {},
      filters.sectionId ? { sectionId: filters.sectionId } : {},
      filters.authorId ? { createdById: filters.authorId } : {},
      filters.from || filters.to ? { updatedAt: { gte: filters.from, lt: filters.to } } : {},
      filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {},
    ],
  };
}

export const listSelect = {
  id: true,
  title: true,
  status: true,
  publishedAt: true,
  scheduledAt: true,
  embargoUntil: true,
  updatedAt: true,
  deletedAt: true,
  section: { select: { name: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

export async function listArticlesForAdmin(db: PrismaClient, actor: Actor, filters: ArticleFilters) {
  const where = adminWhere(actor, filters);
  const page = Math.max(1, filters.page ?? 1);
  const [total, articles] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: listSelect,
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)), articles };
}

/** The three queues of the dashboard. */
export async function dashboardFor(db: PrismaClient, actor: Actor) {
  const base = { deletedAt: null };
  const [myDrafts, inReview, scheduled] = await Promise.all([
    db.article.findMany({
      where: { ...base, status: "DRAFT", createdById: actor.id ?? -1 },
      orderBy: { updatedAt: "desc" },
      take: 10,
      select: listSelect,
    }),
    db.article.findMany({
      where: { ...base, status: "IN_REVIEW", ...visibleToActor(actor) },
      orderBy: { updatedAt: "asc" },
      take: 20,
      select: listSelect,
    }),
    db.article.findMany({
      where: { ...base, status: "SCHEDULED", ...visibleToActor(actor) },
      orderBy: { scheduledAt: "asc" },
      take: 20,
      select: listSelect,
    }),
  ]);
  return { myDrafts, inReview, scheduled };
}

export async function getArticleForEdit(db: PrismaClient, actor: Actor, id: number) {
  const article = await db.article.findUnique({
    where: { id },
    omit: DERIVED,
    include: {
      ...articleContentInclude,
      corrections: { orderBy: { createdAt: "asc" } },
      updatedBy: { select: { name: true } },
    },
  });
  if (!article) throw notFound();
  if (!canViewArticle(actor, article)) throw forbidden("cannotView");
  const latestAutosave = await db.revision.findFirst({
    where: { articleId: id, kind: "AUTOSAVE", authorId: actor.id ?? -1, version: article.version },
    orderBy: { id: "desc" },
    select: { id: true, createdAt: true },
  });
  return {
    ...article,
    content: contentOfRow(article),
    editable: canEditArticle(actor, article),
    /** An autosave of a live article, kept aside, newer than what readers see. */
    pendingAutosave: ["PUBLISHED", "SCHEDULED"].includes(article.status) ? latestAutosave : null,
  };
}

export async function listRevisions(db: PrismaClient, actor: Actor, articleId: number) {
  const article = await db.article.findUnique({ where: { id: articleId }, omit: DERIVED });
  if (!article) throw notFound();
  if (!canViewArticle(actor, article)) throw forbidden("cannotView");
  const revisions = await db.revision.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    select: { id: true, version: true, kind: true, createdAt: true, author: { select: { name: true } } },
  });
  return { article, revisions };
}

export async function getRevisionSnapshot(db: PrismaClient, actor: Actor, articleId: number, revisionId: number) {
  const revision = await db.revision.findFirst({
    where: { id: revisionId, articleId },
    include: { article: { omit: DERIVED } },
  });
  if (!revision) throw notFound("revision");
  if (!canViewArticle(actor, revision.article)) throw forbidden("cannotView");
  return { ...revision, snapshot: articleSnapshotSchema.parse(revision.snapshot) };
}

export async function listCreditRoles(db: PrismaClient) {
  return db.creditRole.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] });
}

export async function listSectionsForAdmin(db: PrismaClient) {
  return db.section.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
}

export async function listStaff(db: PrismaClient) {
  return db.user.findMany({
    orderBy: { id: "asc" },
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
  });
}
