import type { Prisma } from "@/lib/generated/prisma/client";
import { tagSlug } from "@/lib/newsroom/slug";

async function freeSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = tagSlug(name) || "tag";
  for (let attempt = 1; ; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    if (!(await tx.tag.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** The tag rows for these names, in order, creating the missing ones (tags are free-form). */
export async function resolveTags(tx: Prisma.TransactionClient, names: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of new Set(names.map((tag) => tag.trim()).filter(Boolean))) {
    const existing = await tx.tag.findUnique({ where: { name }, select: { id: true } });
    const tag = existing ?? (await tx.tag.create({ data: { name, slug: await freeSlug(tx, name) } }));
    ids.push(tag.id);
  }
  return ids;
}
