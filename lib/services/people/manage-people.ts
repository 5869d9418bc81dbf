import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { reindexPerson } from "@/lib/search/index-article";
import type { ServiceContext } from "@/lib/services/context";
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

async function checkUser(ctx: ServiceContext, personId: number | null, userId: number | null) {
  if (userId === null) return;
  const linked = await ctx.db.person.findUnique({ where: { userId } });
  if (linked && linked.id !== personId) throw invalid(`这个账号已关联到 ${linked.name}`, { userId: ["账号已被关联"] });
}

export async function savePerson(ctx: ServiceContext, id: number | null, input: PersonInput): Promise<number> {
  requireEditor(ctx);
  await checkUser(ctx, id, input.userId);
  if (id === null) {
    const person = await ctx.db.person.create({ data: input });
    return person.id;
  }
  if (!(await ctx.db.person.findUnique({ where: { id } }))) throw notFound("人员");
  await ctx.db.$transaction(async (tx) => {
    await tx.person.update({ where: { id }, data: input });
    // Names are searchable on the articles that credit them.
    await reindexPerson(tx, id);
  });
  ctx.onChange?.([TAGS.person(id), TAGS.articleLists]);
  return id;
}
