// Sections (栏目) and tags, managed by editors; credit roles, managed by admins.
import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { CreditPlacement } from "@/lib/generated/prisma/client";
import { SECTION_SLUG, tagSlug } from "@/lib/newsroom/slug";
import { audit } from "@/lib/services/audit";
import { refuseOn } from "@/lib/services/database-errors";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

export interface SectionInput {
  slug: string;
  name: string;
  description: string | null;
  position: number;
}

const slugTaken = () => invalid("slugTaken", { slug: ["taken"] });
const tagNameTaken = () => invalid("tagNameTaken", { name: ["tagNameTaken"] });

export async function saveSection(ctx: ServiceContext, id: number | null, input: SectionInput): Promise<number> {
  if (!can(ctx.actor, "sections.manage")) throw forbidden("sectionsEditorsOnly");
  if (!SECTION_SLUG.test(input.slug)) throw invalid("slugFormat", { slug: ["badFormat"] });
  const clash = await ctx.db.section.findUnique({ where: { slug: input.slug } });
  if (clash && clash.id !== id) throw slugTaken();
  // The check above cannot see a save racing this one; the unique key can.
  const section = await (
    id === null ? ctx.db.section.create({ data: input }) : ctx.db.section.update({ where: { id }, data: input })
  ).catch(refuseOn({ missing: () => notFound("section"), taken: slugTaken }));
  ctx.onChange?.([TAGS.sections, TAGS.articleLists]);
  return section.id;
}

export async function deleteSection(ctx: ServiceContext, id: number): Promise<void> {
  if (!can(ctx.actor, "sections.manage")) throw forbidden("sectionsEditorsOnly");
  // Articles keep existing without a section (the relation is SET NULL).
  await ctx.db.section.delete({ where: { id } }).catch(refuseOn({ missing: () => notFound("section") }));
  ctx.onChange?.([TAGS.sections, TAGS.articleLists]);
}

export async function renameTag(ctx: ServiceContext, id: number, name: string): Promise<void> {
  if (!can(ctx.actor, "tags.manage")) throw forbidden("tagsEditorsOnly");
  const clean = name.trim();
  if (!clean) throw invalid("tagNameRequired", { name: ["tagNameRequired"] });
  const clash = await ctx.db.tag.findFirst({ where: { OR: [{ name: clean }, { slug: tagSlug(clean) }], NOT: { id } } });
  if (clash) throw tagNameTaken();
  await ctx.db.tag
    .update({ where: { id }, data: { name: clean, slug: tagSlug(clean) } })
    .catch(refuseOn({ missing: () => notFound("tag"), taken: tagNameTaken }));
  ctx.onChange?.([TAGS.articleLists]);
}

export async function deleteTag(ctx: ServiceContext, id: number): Promise<void> {
  if (!can(ctx.actor, "tags.manage")) throw forbidden("tagsEditorsOnly");
  await ctx.db.tag.delete({ where: { id } }).catch(refuseOn({ missing: () => notFound("tag") }));
  ctx.onChange?.([TAGS.articleLists]);
}

export interface CreditRoleInput {
  key: string;
  nameZh: string;
  nameEn: string;
  placement: CreditPlacement;
}

export async function createCreditRole(ctx: ServiceContext, input: CreditRoleInput): Promise<void> {
  if (!can(ctx.actor, "roles.manage")) throw forbidden("rolesAdminsOnly");
  const key = input.key.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(key)) throw invalid("roleKeyFormat", { key: ["badFormat"] });
  const keyTaken = () => invalid("roleKeyTaken", { key: ["exists"] });
  await ctx.db
    .$transaction(async (tx) => {
      if (await tx.creditRole.findUnique({ where: { key } })) throw keyTaken();
      const last = await tx.creditRole.aggregate({ _max: { position: true } });
      await tx.creditRole.create({
        data: { ...input, key, position: (last._max.position ?? 0) + 10, builtIn: false },
      });
      await audit(tx, ctx.actor, "role.create", { details: { key, nameZh: input.nameZh } });
    })
    .catch(refuseOn({ taken: keyTaken }));
}
