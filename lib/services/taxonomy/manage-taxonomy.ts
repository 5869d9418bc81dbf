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

const slugTaken = () => invalid("网址名已被其他栏目使用", { slug: ["已被使用"] });
const tagNameTaken = () => invalid("已有同名标签", { name: ["已有同名标签"] });

export async function saveSection(ctx: ServiceContext, id: number | null, input: SectionInput): Promise<number> {
  if (!can(ctx.actor, "sections.manage")) throw forbidden("只有编辑可以管理栏目");
  if (!SECTION_SLUG.test(input.slug)) throw invalid("网址名只能用小写字母、数字和连字符", { slug: ["格式不对"] });
  const clash = await ctx.db.section.findUnique({ where: { slug: input.slug } });
  if (clash && clash.id !== id) throw slugTaken();
  // The check above cannot see a save racing this one; the unique key can.
  const section = await (
    id === null ? ctx.db.section.create({ data: input }) : ctx.db.section.update({ where: { id }, data: input })
  ).catch(refuseOn({ missing: () => notFound("栏目"), taken: slugTaken }));
  ctx.onChange?.([TAGS.sections, TAGS.articleLists]);
  return section.id;
}

export async function deleteSection(ctx: ServiceContext, id: number): Promise<void> {
  if (!can(ctx.actor, "sections.manage")) throw forbidden("只有编辑可以管理栏目");
  // Articles keep existing without a section (the relation is SET NULL).
  await ctx.db.section.delete({ where: { id } }).catch(refuseOn({ missing: () => notFound("栏目") }));
  ctx.onChange?.([TAGS.sections, TAGS.articleLists]);
}

export async function renameTag(ctx: ServiceContext, id: number, name: string): Promise<void> {
  if (!can(ctx.actor, "tags.manage")) throw forbidden("只有编辑可以管理标签");
  const clean = name.trim();
  if (!clean) throw invalid("请填写标签名", { name: ["请填写标签名"] });
  const clash = await ctx.db.tag.findFirst({ where: { OR: [{ name: clean }, { slug: tagSlug(clean) }], NOT: { id } } });
  if (clash) throw tagNameTaken();
  await ctx.db.tag
    .update({ where: { id }, data: { name: clean, slug: tagSlug(clean) } })
    .catch(refuseOn({ missing: () => notFound("标签"), taken: tagNameTaken }));
  ctx.onChange?.([TAGS.articleLists]);
}

export async function deleteTag(ctx: ServiceContext, id: number): Promise<void> {
  if (!can(ctx.actor, "tags.manage")) throw forbidden("只有编辑可以管理标签");
  await ctx.db.tag.delete({ where: { id } }).catch(refuseOn({ missing: () => notFound("标签") }));
  ctx.onChange?.([TAGS.articleLists]);
}

export interface CreditRoleInput {
  key: string;
  nameZh: string;
  nameEn: string;
  placement: CreditPlacement;
}

export async function createCreditRole(ctx: ServiceContext, input: CreditRoleInput): Promise<void> {
  if (!can(ctx.actor, "roles.manage")) throw forbidden("只有管理员可以添加署名角色");
  const key = input.key.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(key)) throw invalid("角色代码只能用大写字母、数字和下划线", { key: ["格式不对"] });
  const keyTaken = () => invalid("角色代码已存在", { key: ["已存在"] });
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
