// Services refuse only the database failures they mean: a row that is not there, a unique key that is
// taken. Anything else (a foreign key, a lost connection) is not a refusal and must not read as one.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseFailure, refuseOn } from "@/lib/services/database-errors";
import { invalid, notFound, ServiceError } from "@/lib/services/errors";
import { deleteSection, deleteTag, renameTag, saveSection } from "@/lib/services/taxonomy/manage-taxonomy";
import { contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

const slug = () => `db-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("database failures", () => {
  it("are told apart by what they mean, on this database's driver", async () => {
    const db = await getDb();
    const taken = slug();
    await db.section.create({ data: { slug: taken, name: "甲" } });
    const duplicate = await failureOf(db.section.create({ data: { slug: taken, name: "乙" } }));
    const missing = await failureOf(db.section.update({ where: { id: 2_147_483_647 }, data: { name: "丙" } }));
    const dangling = await failureOf(
      db.article.create({ data: { title: "无栏目", body: { type: "doc", content: [] }, sectionId: 2_147_483_647 } }),
    );
    expect([isDatabaseFailure(duplicate, "taken"), isDatabaseFailure(duplicate, "missing")]).toEqual([true, false]);
    expect([isDatabaseFailure(missing, "missing"), isDatabaseFailure(missing, "taken")]).toEqual([true, false]);
    expect([isDatabaseFailure(dangling, "missing"), isDatabaseFailure(dangling, "taken")]).toEqual([false, false]);

    const refuse = refuseOn({ missing: () => notFound("section"), taken: () => invalid("taken") });
    expect(() => refuse(duplicate)).toThrow(expect.objectContaining({ code: "validation" }));
    expect(() => refuse(missing)).toThrow(expect.objectContaining({ code: "not_found" }));
    // A broken foreign key is a bug of the caller, not "not found": it goes through untouched.
    expect(() => refuse(dangling)).toThrow(dangling as Error);
    expect(() => refuse(new Error("connection lost"))).toThrow("connection lost");
  });

  it("sections and tags that are not there are not found; a taken slug is refused by name", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const input = { slug: slug(), name: "栏目", description: null, position: 0 };
    await expectServiceError(saveSection(ctx, 2_147_483_647, input), "not_found");
    await expectServiceError(deleteSection(ctx, 2_147_483_647), "not_found");
    await expectServiceError(deleteTag(ctx, 2_147_483_647), "not_found");
    await expectServiceError(renameTag(ctx, 2_147_483_647, "无此标签"), "not_found");
    await saveSection(ctx, null, input);
    const clash = await expectServiceError(saveSection(ctx, null, { ...input, name: "另一个" }), "validation");
    expect(clash.fieldErrors.slug).toEqual(["已被使用"]);
  });

  it("a lost connection stays a lost connection, never a missing section", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const lost = new Error("Connection terminated unexpectedly");
    const broken = { section: { delete: () => Promise.reject(lost) } } as unknown as PrismaClient;
    const error = await failureOf(deleteSection({ ...ctx, db: broken }, 1));
    expect(error).toBe(lost);
    expect(error).not.toBeInstanceOf(ServiceError);
  });
});
