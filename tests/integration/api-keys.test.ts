// API keys: made and revoked by admins only, audited by prefix, the secret kept only as its SHA-256.
import { describe, expect, it } from "vitest";
import { hashApiKey } from "@/lib/api/keys";
import { getDb } from "@/lib/db";
import { getMessages } from "@/lib/i18n";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/services/api-keys/manage-api-keys";
import { createApiKeySchema } from "@/lib/validations/api-keys";
import { expectServiceError } from "../support/expect-error";
import { contextFor, createStaff } from "../support/factories";

describe("API keys", () => {
  it("shows the secret once, stores its hash and prefix, audits creation and revocation", async () => {
    const db = await getDb();
    const adminUser = await createStaff("ADMIN");
    const admin = await contextFor(adminUser);
    const created = await createApiKey(admin, { name: "合作网站" });
    expect(created.secret).toMatch(/^mh_live_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(created.prefix)).toBe(true);

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretHash).toBe(hashApiKey(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const listed = (await listApiKeys(admin)).find((key) => key.id === created.id);
    expect(listed).toMatchObject({
      name: "合作网站",
      prefix: created.prefix,
      createdBy: adminUser.name,
      revokedAt: null,
    });

    await revokeApiKey(admin, created.id);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.id } })).revokedAt).not.toBeNull();
    await expectServiceError(revokeApiKey(admin, created.id), "validation");
    await expectServiceError(revokeApiKey(admin, 2_147_483_647), "not_found");

    const entries = await db.auditEntry.findMany({
      where: { actorId: adminUser.id, action: { in: ["apiKey.create", "apiKey.revoke"] } },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["apiKey.create", "apiKey.revoke"]);
    for (const entry of entries) {
      expect(entry.details).toMatchObject({ id: created.id, prefix: created.prefix });
      expect(JSON.stringify(entry.details)).not.toContain(created.secret);
    }
  });

  it("is for admins only: editors and reporters are refused and nothing is made", async () => {
    const db = await getDb();
    const before = await db.apiKey.count();
    for (const role of ["EDITOR", "REPORTER"] as const) {
      const ctx = await contextFor(await createStaff(role));
      await expectServiceError(createApiKey(ctx, { name: "不该有" }), "forbidden");
      await expectServiceError(listApiKeys(ctx), "forbidden");
    }
    expect(await db.apiKey.count()).toBe(before);
  });

  it("needs a name, and says so in the interface language", () => {
    for (const language of ["zh-CN", "en"] as const) {
      const v = getMessages(language).validation;
      const empty = createApiKeySchema(v).safeParse({ name: "   " });
      expect(empty.success).toBe(false);
      expect(empty.error?.issues[0]?.message).toBe(v.apiKeyNameRequired);
      expect(createApiKeySchema(v).safeParse({ name: "x".repeat(101) }).success).toBe(false);
    }
  });
});
