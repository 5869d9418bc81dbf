// The review chain's stages: admins add, rename, reorder and remove them and say who signs each.
import { can } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { orderStages, type ChainStage } from "@/lib/newsroom/review-chain";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, say } from "@/lib/services/errors";
import { MAX_STAGES, readReviewSettings } from "@/lib/services/review/review-settings";

export interface StageInput {
  name: string;
  roles: UserRole[];
  userIds: number[];
}

type Db = PrismaClient | Prisma.TransactionClient;

/** The stages in order, with the accounts each names. */
export async function listStages(db: Db): Promise<ChainStage[]> {
  const rows = await db.reviewStage.findMany({ include: { signers: { select: { userId: true } } } });
  return orderStages(
    rows.map((row) => ({
      id: row.id,
      position: row.position,
      name: row.name,
      roles: row.roles,
      userIds: row.signers.map((signer) => signer.userId),
    })),
  );
}

function configure(ctx: ServiceContext) {
  if (!can(ctx.actor, "review.configure")) throw forbidden("review.configureAdminsOnly");
}

async function checkSigners(tx: Prisma.TransactionClient, userIds: number[]) {
  const found = await tx.user.count({ where: { id: { in: userIds } } });
  if (found !== new Set(userIds).size) throw invalid("review.accountsMissing", { userIds: ["review.accountsMissing"] });
}

/** Renumbers the stages 1…n in the given order. */
async function renumber(tx: Prisma.TransactionClient, ids: number[]) {
  for (const [index, id] of ids.entries()) {
    await tx.reviewStage.update({ where: { id }, data: { position: index + 1 } });
  }
}

/** Creates a stage at the end of the chain (id null) or changes one. */
export async function saveStage(ctx: ServiceContext, id: number | null, input: StageInput): Promise<number> {
  configure(ctx);
  const name = input.name.trim();
  if (name === "") throw invalid("review.stageNameRequired", { name: ["review.stageNameRequired"] });
  return ctx.db.$transaction(async (tx) => {
    await checkSigners(tx, input.userIds);
    let stageId: number;
    if (id === null) {
      const count = await tx.reviewStage.count();
      if (count >= MAX_STAGES) throw invalid(say("review.tooManyStages", { max: MAX_STAGES }));
      stageId = (await tx.reviewStage.create({ data: { name, roles: input.roles, position: count + 1 } })).id;
    } else {
      const { count } = await tx.reviewStage.updateMany({ where: { id }, data: { name, roles: input.roles } });
      if (count === 0) throw notFound("reviewStage");
      stageId = id;
      await tx.reviewStageSigner.deleteMany({ where: { stageId } });
    }
    const userIds = [...new Set(input.userIds)];
    await tx.reviewStageSigner.createMany({ data: userIds.map((userId) => ({ stageId, userId })) });
    await audit(tx, ctx.actor, "review.stage", {
      details: { stageId, name, roles: input.roles, userIds, created: id === null },
    });
    return stageId;
  });
}

/** Moves a stage one place up or down the chain. */
export async function moveStage(ctx: ServiceContext, id: number, direction: "up" | "down"): Promise<void> {
  configure(ctx);
  await ctx.db.$transaction(async (tx) => {
    const ids = (await listStages(tx)).map((stage) => stage.id);
    const from = ids.indexOf(id);
    if (from < 0) throw notFound("reviewStage");
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    const order = ids.filter((stageId) => stageId !== id);
    order.splice(to, 0, id);
    await renumber(tx, order);
    await audit(tx, ctx.actor, "review.stage", { details: { stageId: id, moved: direction } });
  });
}

/** Removes a stage; its sign-offs stay in the history under its name. */
export async function deleteStage(ctx: ServiceContext, id: number): Promise<void> {
  configure(ctx);
  await ctx.db.$transaction(async (tx) => {
    const stages = await listStages(tx);
    const stage = stages.find((candidate) => candidate.id === id);
    if (!stage) throw notFound("reviewStage");
    const { stagesRequired } = await readReviewSettings(tx);
    if (stages.length - 1 < stagesRequired) {
      throw invalid(say("review.stillRequired", { stages: stagesRequired }));
    }
    await tx.reviewStage.delete({ where: { id } });
    await renumber(
      tx,
      stages.filter((candidate) => candidate.id !== id).map((candidate) => candidate.id),
    );
    await audit(tx, ctx.actor, "review.stage", { details: { stageId: id, name: stage.name, removed: true } });
  });
}
