import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { reindexPerson } from "@/lib/search/index-article";
import type { ServiceContext } from "@/lib/services/context";
import { refuseOn } from "@/lib/services/database-errors";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

export interface PersonInput {
  name: string;
  affiliation: string | null;
  bio: string | null;
  userId: number | null;
}

function requireEditor(ctx: ServiceContext) {
  if (!can(ctx.actor, "people.manage")) throw forbidden("只有编辑可以管理人员");
}

const accountTaken = () => invalid("这个账号已关联到其他人员", { userId: ["账号已被关联"] });

async function checkUser(ctx: ServiceContext, personId: number | null, userId: number | null) {
  if (userId === null) return;
  if (!(await ctx.db.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
    throw invalid("账号不存在", { userId: ["账号不存在"] });
  }
  const linked = await ctx.db.person.findUnique({ where: { userId } });
  if (linked && linked.id !== personId) throw invalid(`这个账号已关联到 ${linked.name}`, { userId: ["账号已被关联"] });
}

export async function savePerson(ctx: ServiceContext, id: number | null, input: PersonInput): Promise<number> {
  requireEditor(ctx);
  await checkUser(ctx, id, input.userId);
  if (id === null) {
    const person = await ctx.db.person.create({ data: input }).catch(refuseOn({ taken: accountTaken }));
    return person.id;
  }
  if (!(await ctx.db.person.findUnique({ where: { id } }))) throw notFound("人员");
  await ctx.db
    .$transaction(async (tx) => {
      await tx.person.update({ where: { id }, data: input });
      // Names are searchable on the articles that credit them.
      await reindexPerson(tx, id);
    })
    .catch(refuseOn({ missing: () => notFound("人员"), taken: accountTaken }));
  ctx.onChange?.([TAGS.person(id), TAGS.articleLists]);
  return id;
}
