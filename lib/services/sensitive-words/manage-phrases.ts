// The sensitive-word list, managed by admins. Every change gives the list a new version in the same
// transaction, which is what expires the compiled automaton (compiled-list.ts).
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { refuseOn } from "@/lib/services/database-errors";
import { forbidden, invalid, notFound } from "@/lib/services/errors";
import { bumpListVersion } from "@/lib/services/sensitive-words/compiled-list";
import type { BulkPhrasesInput, PhraseInput } from "@/lib/validations/sensitive-words";

const mayManage = (ctx: ServiceContext) => {
  if (!can(ctx.actor, "words.manage")) throw forbidden("words.adminsOnly");
};

const phraseTaken = () => invalid("words.phraseTaken", { phrase: ["words.inList"] });
const missing = () => notFound("phrase");

export async function listPhrases(ctx: Pick<ServiceContext, "db" | "actor">) {
  if (!can(ctx.actor, "words.view")) throw forbidden("words.cannotView");
  return ctx.db.sensitivePhrase.findMany({ orderBy: [{ level: "asc" }, { phrase: "asc" }] });
}

export async function createPhrase(ctx: ServiceContext, input: PhraseInput): Promise<number> {
  mayManage(ctx);
  return ctx.db
    .$transaction(async (tx) => {
      const created = await tx.sensitivePhrase.create({ data: input });
      await bumpListVersion(tx);
      await audit(tx, ctx.actor, "words.create", { details: { phrase: input.phrase, level: input.level } });
      return created.id;
    })
    .catch(refuseOn({ taken: phraseTaken }));
}

export async function updatePhrase(ctx: ServiceContext, id: number, input: PhraseInput): Promise<void> {
  mayManage(ctx);
  await ctx.db
    .$transaction(async (tx) => {
      const before = await tx.sensitivePhrase.update({ where: { id }, data: input });
      await bumpListVersion(tx);
      await audit(tx, ctx.actor, "words.update", { details: { id, phrase: before.phrase, level: input.level } });
    })
    .catch(refuseOn({ taken: phraseTaken, missing }));
}

export async function deletePhrase(ctx: ServiceContext, id: number): Promise<void> {
  mayManage(ctx);
  await ctx.db
    .$transaction(async (tx) => {
      const deleted = await tx.sensitivePhrase.delete({ where: { id } });
      await bumpListVersion(tx);
      await audit(tx, ctx.actor, "words.delete", { details: { phrase: deleted.phrase } });
    })
    .catch(refuseOn({ missing }));
}

export interface BulkResult {
  added: number;
  /** Already on the list (or pasted twice): left as they are. */
  skipped: number;
}

/** A pasted batch, one phrase a line, all at the batch's level; phrases already listed are kept as they are. */
export async function addPhrases(ctx: ServiceContext, input: BulkPhrasesInput): Promise<BulkResult> {
  mayManage(ctx);
  // A phrase pasted twice counts once, as first written.
  const byPhrase = new Map<string, BulkPhrasesInput["lines"][number]>();
  for (const line of input.lines) if (!byPhrase.has(line.phrase)) byPhrase.set(line.phrase, line);
  const unique = [...byPhrase.values()];
  return ctx.db.$transaction(
    async (tx) => {
      const { count } = await tx.sensitivePhrase.createMany({
        data: unique.map((line) => ({ ...line, level: input.level, note: input.note })),
        skipDuplicates: true,
      });
      if (count > 0) await bumpListVersion(tx);
      await audit(tx, ctx.actor, "words.bulkAdd", { details: { added: count, level: input.level } });
      return { added: count, skipped: input.lines.length - count };
    },
    { timeout: 60_000 },
  );
}
