// Lists behind the admin's management screens.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export function listTagsWithCounts(db: PrismaClient) {
  return db.tag.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } } } });
}

export function listSectionsWithCounts(db: PrismaClient) {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { _count: { select: { articles: true } } },
  });
}

export const AUDIT_PAGE_SIZE = 100;

export function listAuditEntries(db: PrismaClient, page: number) {
  return db.auditEntry.findMany({
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { name: true } }, article: { select: { id: true, title: true } } },
  });
}

export function listAccounts(db: PrismaClient) {
  return db.user.findMany({
    orderBy: { id: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, totpSecret: true },
  });
}
