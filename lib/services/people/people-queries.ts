import type { PrismaClient } from "@/lib/generated/prisma/client";

export function listPeople(db: PrismaClient) {
  return db.person.findMany({
    orderBy: { name: "asc" },
    include: { user: { select: { name: true } }, _count: { select: { credits: true } } },
  });
}

export function findPersonForEdit(db: PrismaClient, id: number) {
  return db.person.findUnique({ where: { id } });
}

export function listAccountChoices(db: PrismaClient) {
  return db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
