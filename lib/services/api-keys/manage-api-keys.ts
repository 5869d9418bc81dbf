// Keys of the content API, managed by admins. The secret exists only in the answer to its creation;
// the row keeps its SHA-256 (lib/api/keys.ts). Creating and revoking are audited by the key's prefix.
import { newKeySecret } from "@/lib/api/keys";
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { refuseOn } from "@/lib/services/database-errors";
import { forbidden, invalid, notFound } from "@/lib/services/errors";
import type { CreateApiKeyInput } from "@/lib/validations/api-keys";

const mayManage = (ctx: Pick<ServiceContext, "actor">) => {
  if (!can(ctx.actor, "apiKeys.manage")) throw forbidden("apiKeys.adminsOnly");
};

export interface ApiKeyRow {
  id: number;
  name: string;
  prefix: string;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function listApiKeys(ctx: Pick<ServiceContext, "db" | "actor">): Promise<ApiKeyRow[]> {
  mayManage(ctx);
  const rows = await ctx.db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdBy: createdBy?.name ?? null }));
}

/** A new key; the secret in the answer is the only copy there will ever be. */
export async function createApiKey(
  ctx: ServiceContext,
  input: CreateApiKeyInput,
): Promise<{ id: number; secret: string; prefix: string }> {
  mayManage(ctx);
  const { secret, prefix, hash } = newKeySecret();
  return ctx.db.$transaction(async (tx) => {
    const key = await tx.apiKey.create({
      data: { name: input.name, prefix, secretHash: hash, createdById: ctx.actor.id },
    });
    await audit(tx, ctx.actor, "apiKey.create", { details: { id: key.id, name: input.name, prefix } });
    return { id: key.id, secret, prefix };
  });
}

export async function revokeApiKey(ctx: ServiceContext, id: number): Promise<void> {
  mayManage(ctx);
  const now = ctx.now?.() ?? new Date();
  await ctx.db
    .$transaction(async (tx) => {
      const key = await tx.apiKey.findUniqueOrThrow({
        where: { id },
        select: { name: true, prefix: true, revokedAt: true },
      });
      if (key.revokedAt) throw invalid("apiKeys.alreadyRevoked");
      await tx.apiKey.update({ where: { id }, data: { revokedAt: now } });
      await audit(tx, ctx.actor, "apiKey.revoke", { details: { id, name: key.name, prefix: key.prefix } });
    })
    .catch(refuseOn({ missing: () => notFound("apiKey") }));
}
