// Importing a story that is already in the database, or a lightly edited copy of it, names the existing
// article and creates nothing until the editor says to; the lookup works on rows saved before the
// fingerprint existed, ignores the trash, and shows a reporter only what they may see.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { importBatch } from "@/lib/import/import-batch";
import { importWireCopy } from "@/lib/import/wire-copy-import";
import { NEAR_DUPLICATE_DISTANCE } from "@/lib/newsroom/simhash";
import { findLikelyDuplicate } from "@/lib/services/articles/likely-duplicate";
import { trashArticle } from "@/lib/services/articles/trash";
import { contextFor, createStaff } from "../support/factories";
import { uniqueStory } from "../support/unique-story";

const ZONE = "Asia/Shanghai";
const options = { timeZone: ZONE, publish: false };
let seed = 1300;
const story = () => {
  seed += 1;
  return uniqueStory(`近似稿件 ${seed} ${Date.now()}`, seed);
};

/** The story with another headline, one sentence rewritten and a line added. */
function lightlyEdited(text: string): string {
  const lines = text.split("\n");
  const body = lines.slice(4);
  const first = body[0] ?? "";
  const edited = [
    `改写的标题 ${Math.random()}`,
    ...lines.slice(1, 4),
    first.replace(/^[^。]+。/, "这是改写过的第一句话。"),
    ...body.slice(1),
  ];
  return [...edited, "本报将继续关注。"].join("\n");
}

describe("near-duplicate detection on import", () => {
  it("names the article a second import of the same story repeats, and creates it only when told to", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const text = story();
    const first = await importWireCopy(ctx, text, options);
    expect(first.status).toBe("created");

    const again = await importWireCopy(ctx, text, options);
    expect(again).toMatchObject({
      status: "skipped",
      duplicateOf: { id: first.id, title: first.title, path: `/admin/articles/${first.id}` },
    });
    expect(again.reason).toBe(`像是已有的文章 #${first.id}《${first.title}》`);

    const anyway = await importWireCopy(ctx, text, { ...options, allowDuplicate: true });
    expect(anyway.status).toBe("created");
    expect(anyway.id).not.toBe(first.id);
  });

  it("finds a lightly edited copy under another headline by its body", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const text = story();
    const first = await importWireCopy(ctx, text, options);
    const edited = await importWireCopy(ctx, lightlyEdited(text), options);
    expect(edited.status).toBe("skipped");
    expect(edited.duplicateOf?.id).toBe(first.id);
    expect(edited.duplicateOf?.distance).toBeGreaterThan(0);
    expect(edited.duplicateOf?.distance).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE);

    const unrelated = await importWireCopy(ctx, story(), options);
    expect(unrelated.status).toBe("created");
  });

  it("fills in the fingerprint of articles saved before it existed, without counting that as an edit", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("EDITOR"));
    const text = story();
    const first = await importWireCopy(ctx, text, options);
    await db.$executeRaw`UPDATE "Article" SET "simhash" = NULL, "simhashBands" = '{}' WHERE id = ${first.id}`;
    const before = await db.article.findUniqueOrThrow({ where: { id: first.id }, select: { updatedAt: true } });

    const again = await importWireCopy(ctx, lightlyEdited(text), options);
    expect(again.duplicateOf?.id).toBe(first.id);
    const after = await db.article.findUniqueOrThrow({
      where: { id: first.id },
      select: { updatedAt: true, simhash: true, simhashBands: true },
    });
    expect(after.simhash).not.toBeNull();
    expect(after.simhashBands).toHaveLength(NEAR_DUPLICATE_DISTANCE + 1);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("does not count articles in the trash", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const text = story();
    const first = await importWireCopy(ctx, text, options);
    await trashArticle(ctx, first.id ?? 0);
    expect((await importWireCopy(ctx, text, options)).status).toBe("created");
  });

  it("warns a reporter about what is public or their own, never about someone else's draft", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const reporter = await contextFor(await createStaff("REPORTER"));
    const draft = story();
    await importWireCopy(editor, draft, options);
    const copy = { title: "另一个标题", publishedAt: null, text: draft.split("\n").slice(4).join("\n") };
    expect(await findLikelyDuplicate(reporter, copy)).toBeNull();

    const published = story();
    const live = await importWireCopy(editor, published, { ...options, publish: true });
    const found = await findLikelyDuplicate(reporter, { ...copy, text: published.split("\n").slice(4).join("\n") });
    expect(found).toMatchObject({ id: live.id, path: `/articles/${live.id}` });
  });

  it("skips a file of a batch that repeats an earlier one and says which, unless duplicates are allowed", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const text = story();
    const edited = { name: "b.txt", text: lightlyEdited(text) };
    const summary = await importBatch(ctx, [{ name: "a.txt", text }, edited], options);
    expect([summary.created, summary.skipped]).toEqual([1, 1]);
    const [created, skipped] = summary.items;
    expect(created?.status).toBe("created");
    const createdId = created?.status === "created" ? created.id : undefined;
    expect(skipped).toMatchObject({ file: "b.txt", status: "skipped", duplicateOf: { id: createdId } });

    const anyway = await importBatch(ctx, [edited], { ...options, allowDuplicates: true });
    expect(anyway.created).toBe(1);
  });
});
