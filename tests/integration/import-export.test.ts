import { compiledPhrases } from "@/lib/services/sensitive-words/compiled-list";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { findPublishedArticle } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { exportContent } from "@/lib/export/export-content";
import { importContent } from "@/lib/export/import-content";
import { importBatch } from "@/lib/import/import-batch";
import { filesFromZip } from "@/lib/import/read-sources";
import { importWireCopy } from "@/lib/import/wire-copy-import";
import { blockText, textToDoc } from "@/lib/newsroom/body";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import { addCorrection } from "@/lib/services/articles/corrections";
import { addLiveEntry, deleteLiveEntry, pinLiveEntry } from "@/lib/services/live/live-entries";
import { addTopicArticle, saveTopic } from "@/lib/services/topics/manage-topics";
import { articleInput, contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";
import { uniqueStory } from "../support/unique-story";
import {
  REFERENCE_BYLINE,
  REFERENCE_CLOSING,
  REFERENCE_SUBHEADINGS,
  REFERENCE_TITLE,
  referenceParagraphs,
  referenceText,
} from "../support/reference-article";

const ZONE = "Asia/Shanghai";
const unique = (text: string) => text.replace(REFERENCE_TITLE, `${REFERENCE_TITLE}(${Date.now()}${Math.random()})`);

describe("wire-copy import", () => {
  it("round-trips the reference article: import, publish, and the public page has every paragraph, subheading and credit", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("EDITOR"));
    const text = unique(referenceText);
    // The reference text may already be in this run's database (the demo content), as a near copy.
    const outcome = await importWireCopy(ctx, text, { timeZone: ZONE, publish: true, allowDuplicate: true });
    expect(outcome.status).toBe("created");
    const article = await findPublishedArticle(db, outcome.id ?? 0, new Date());
    expect(article).not.toBeNull();
    if (!article) return;
    expect(article.source).toBe("中华工商网");
    expect(article.publishedAt).toBe("2022-08-05T05:48:00.000Z");
    expect(formatByline(article.credits)).toBe(REFERENCE_BYLINE);
    expect(formatClosingLine(article.credits)).toBe(REFERENCE_CLOSING);
    expect(article.body.content.filter((block) => block.type === "heading").map(blockText)).toEqual(
      REFERENCE_SUBHEADINGS,
    );
    expect(article.body.content.filter((block) => block.type === "paragraph").map(blockText)).toEqual(
      referenceParagraphs(),
    );
  });

  it("matches existing people, skips an article already imported, and lets the editor correct the name split", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("EDITOR"));
    const text = unique(referenceText);
    const first = await importWireCopy(ctx, text, { timeZone: ZONE, publish: false, allowDuplicate: true });
    const peopleBefore = await db.person.count({ where: { name: { in: ["陈明", "苏显中", "廖生权", "张晖"] } } });
    const again = await importWireCopy(ctx, text, { timeZone: ZONE, publish: false });
    expect(again).toMatchObject({ status: "skipped", id: first.id, duplicateOf: { id: first.id } });
    expect(again.reason).toContain(`#${first.id}`);

    const corrected = await importWireCopy(ctx, unique(referenceText), {
      timeZone: ZONE,
      publish: false,
      allowDuplicate: true,
      overrides: {
        credits: [
          { roleKey: "REPORTER", name: "陈明", affiliation: "中华工商时报" },
          { roleKey: "CORRESPONDENT", name: "苏显", affiliation: null },
          { roleKey: "CORRESPONDENT", name: "中廖生权", affiliation: null },
        ],
      },
    });
    const credits = await db.credit.findMany({
      where: { articleId: corrected.id },
      include: { person: true },
      orderBy: { position: "asc" },
    });
    expect(credits.map((credit) => credit.person.name)).toEqual(["陈明", "苏显", "中廖生权"]);
    expect(await db.person.count({ where: { name: "陈明", affiliation: "中华工商时报" } })).toBe(1);
    expect(peopleBefore).toBeGreaterThanOrEqual(4);
  });

  it("imports a batch from a zip, reporting each file: created, skipped or failed and why", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const a = uniqueStory(`批量 ${Date.now()}`, 1200);
    const zip = zipSync({
      "wire/a.txt": strToU8(a),
      "wire/b.txt": strToU8(a),
      "wire/empty.txt": strToU8("   \n\n"),
      "wire/readme.md": strToU8("not wire copy"),
    });
    const files = filesFromZip("batch.zip", zip);
    expect(files.map((file) => file.name)).toEqual([
      "batch.zip:wire/a.txt",
      "batch.zip:wire/b.txt",
      "batch.zip:wire/empty.txt",
    ]);
    const summary = await importBatch(ctx, files, { timeZone: ZONE, publish: false });
    expect([summary.created, summary.skipped, summary.failed]).toEqual([1, 1, 1]);
    expect(summary.items[2]).toEqual({
      file: "batch.zip:wire/empty.txt",
      status: "failed",
      reason: "没有找到标题:第一行非空文字应为标题",
    });
  });
});

describe("export and import of all content", () => {
  it("loads an export into an empty instance with nothing lost, and refuses a non-empty one", async () => {
    const source = await getDb();
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const section = await source.section.create({ data: { slug: `exp-${Date.now()}`, name: "导出栏目" } });
    const outcome = await importWireCopy(ctx, unique(referenceText), {
      timeZone: ZONE,
      publish: true,
      allowDuplicate: true,
    });
    await addCorrection(ctx, outcome.id ?? 0, { kind: "UPDATE", text: "补充了捐赠数据。" });
    const { saveArticle } = await import("@/lib/services/articles/save-article");
    const reprint = await saveArticle(
      ctx,
      articleInput({
        sectionId: section.id,
        tags: ["导出", "测试"],
        // Every declared field travels: the reprint fields stand for them here.
        originalAuthor: "李华",
        originalTitle: "原题",
        originalUrl: "https://example.com/original",
        isLive: true,
        liveEndsAt: new Date("2030-01-01T00:00:00Z"),
      }),
    );
    // The sensitive-word list travels too, and the target checks against it at once.
    const phrase = `导出词${Date.now()}`;
    await ctx.db.sensitivePhrase.create({ data: { phrase, level: "BLOCK", replacement: "替换", note: null } });
    // Topics with their order, and live entries (one deleted), travel too.
    const topicId = await saveTopic(ctx, null, {
      slug: `export-${Date.now()}`,
      title: "导出专题",
      description: "简介",
      coverId: null,
    });
    await addTopicArticle(ctx, topicId, reprint.id);
    await addTopicArticle(ctx, topicId, outcome.id ?? 0);
    const entry = await addLiveEntry(ctx, reprint.id, {
      body: textToDoc("第一条"),
      imageId: null,
      personId: null,
      credit: "本报记者",
    });
    await addLiveEntry(ctx, reprint.id, { body: textToDoc("第二条"), imageId: null, personId: null, credit: null });
    await pinLiveEntry(ctx, entry, true);
    await deleteLiveEntry(ctx, entry);

    // The review chain travels too: its stages, and a sign-off with the revision it approved.
    const { loadChain } = await import("@/lib/services/review/chain");
    const { signStage } = await import("@/lib/services/review/sign-off");
    const chain = await loadChain(source, reprint.id);
    await signStage(ctx, {
      articleId: reprint.id,
      stageId: chain.state.next?.id ?? 0,
      contentHash: chain.hash,
      note: "导出前初审",
    });

    const exported = await exportContent(source);
    expect(exported.articles.length).toBeGreaterThanOrEqual(2);

    await expectServiceError(importContent(source, exported), "validation");
    await expectServiceError(importContent(source, { format: "something-else" }), "validation");

    const target = await freshDatabase();
    try {
      const summary = await importContent(target.db, JSON.parse(JSON.stringify(exported)));
      expect(summary.articles).toBe(exported.articles.length);
      const again = await exportContent(target.db, new Date(exported.exportedAt));
      // Accounts come back disabled (no passwords travel); everything else is identical.
      expect({ ...again, users: [] }).toEqual({ ...exported, users: [] });
      expect(again.articles.some((article) => article.originalTitle === "原题")).toBe(true);
      const live = again.articles.find((article) => article.id === reprint.id);
      expect(live).toMatchObject({ isLive: true, liveEndsAt: "2030-01-01T00:00:00.000Z" });
      expect(live?.liveEntries).toHaveLength(2);
      expect(again.topics?.find((topic) => topic.id === topicId)?.articles.map((link) => link.articleId)).toEqual([
        reprint.id,
        outcome.id,
      ]);
      expect(again.sensitivePhrases?.find((row) => row.phrase === phrase)).toMatchObject({
        level: "BLOCK",
        replacement: "替换",
      });
      const hits = (await compiledPhrases(target.db)).find([{ place: { field: "title" }, text: `标题含${phrase}` }]);
      expect(hits.map((hit) => hit.phrase)).toEqual([phrase]);
      expect((again.reviewStages ?? []).map((stage) => stage.name)).toEqual(
        expect.arrayContaining(["初审", "复审", "终审"]),
      );
      const signed = again.articles.flatMap((article) => article.reviewSignOffs ?? []);
      expect(signed.find((signOff) => signOff.note === "导出前初审")).toMatchObject({ stageName: "初审" });
      expect(again.users.map((user) => user.email).sort()).toEqual(exported.users.map((user) => user.email).sort());
      // New rows continue after the imported ids.
      const next = await target.db.article.create({
        data: { title: "导入后新建", body: { type: "doc", content: [] } },
      });
      expect(next.id).toBeGreaterThan(Math.max(...exported.articles.map((article) => article.id)));
    } finally {
      await target.close();
    }
  });
});

/** An empty, migrated database of the same kind as this run's, with its own Prisma client. */
async function freshDatabase() {
  const { applyMigrations, readMigrations } = await import("@/lib/migrate/migrations");
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const migrations = await readMigrations(path.join(process.cwd(), "prisma/migrations"));
  if (process.env.MASTHEAD_TEST_DB === "postgres") {
    const { createScratchDatabase } = await import("../support/postgres");
    const { connectPostgres } = await import("@/lib/migrate/sql-session");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const database = await createScratchDatabase("masthead_import");
    const session = await connectPostgres(database.url);
    await applyMigrations(session, migrations);
    await session.close();
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    return { db, close: async () => (await db.$disconnect(), await database.drop()) };
  }
  const { openPGlite } = await import("@/lib/pglite");
  const { wrapPGlite } = await import("@/lib/migrate/sql-session");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPGlite("memory://");
  await applyMigrations(wrapPGlite(pglite, false), migrations);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return { db, close: async () => (await db.$disconnect(), await pglite.close()) };
}
