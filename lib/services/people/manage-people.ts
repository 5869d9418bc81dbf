import { can } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { reindexPerson } from "@/lib/search/index-article";
import type { ServiceContext } from "@/lib/services/context";
import { refuseOn } from "@/lib/services/database-errors";
import { forbidden, invalid, notFound, say } from "@/lib/services/errors";

export interface PersonInput {
  name: string;
  affiliation: string | null;
  bio: string | null;
  userId: number | null;
}

function requireEditor(ctx: ServiceContext) {
  if (!can(ctx.actor, "people.manage")) throw forbidden("peopleEditorsOnly");
}

const accountTaken = () => invalid("accountLinked", { userId: ["accountLinkedField"] });

async function checkUser(ctx: ServiceContext, personId: number | null, userId: number | null) {
  if (userId === null) return;
  if (!(await ctx.db.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
    throw invalid("accountMissing", { userId: ["accountMissing"] });
  }
  const linked = await ctx.db.person.findUnique({ where: { userId } });
  if (linked && linked.id !== personId)
    throw invalid(say("accountLinkedTo", { name: linked.name }), { userId: ["accountLinkedField"] });
}

export async function savePerson(ctx: ServiceContext, id: number | null, input: PersonInput): Promise<number> {
  requireEditor(ctx);
  await checkUser(ctx, id, input.userId);
  if (id === null) {
    const person = await ctx.db.person.create({ data: input }).catch(refuseOn({ taken: accountTaken }));
    return person.id;
  }
  if (!(await ctx.db.person.findUnique({ where: { id } }))) throw notFound("person");
  await ctx.db
    .$transaction(async (tx) => {
      await tx.person.update({ where: { id }, data: input });
      // Names are searchable on the articles that credit them.
      await reindexPerson(tx, id);
    })
    .catch(refuseOn({ missing: () => notFound("person"), taken: accountTaken }));
  ctx.onChange?.([TAGS.person(id), TAGS.articleLists]);
  return id;
}
