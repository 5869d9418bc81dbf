// The sensitive-word list at work: a block-level hit stops submitting, scheduling and publishing with
// a message naming every hit; warn-level hits need an acknowledgement, which is audited; list changes
// reach the next check at once; the import reports hits and keeps such copy as a draft.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { importWireCopy } from "@/lib/import/wire-copy-import";
import { textToDoc } from "@/lib/newsroom/body";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { ServiceError } from "@/lib/services/errors";
import { assertNoBlockingHits } from "@/lib/services/sensitive-words/check-article";
import { editorChecks } from "@/lib/services/sensitive-words/editor-checks";
import {
  addPhrases,
  createPhrase,
  deletePhrase,
  listPhrases,
  updatePhrase,
} from "@/lib/services/sensitive-words/manage-phrases";
import { articleInput, contextFor, createStaff } from "../support/factories";

// Phrases of this run only, so no other test file's articles ever hit them.
const tag = randomBytes(3).toString("hex");
const BLOCKED = `禁词${tag}甲`;
const BLOCKED_TOO = `禁词${tag}乙`;
const WARNED = `提示${tag}丙`;
const created: number[] = [];

async function admin() {
  return contextFor(await createStaff("ADMIN"));
}

async function addPhrase(phrase: string, level: "BLOCK" | "WARN", replacement: string | null = null) {
  const id = await createPhrase(await admin(), { phrase, level, replacement, note: null });
  created.push(id);
  return id;
}

afterAll(async () => {
  const ctx = await admin();
  const mine = (await listPhrases(ctx)).filter((phrase) => phrase.phrase.includes(tag));
  for (const phrase of mine) await deletePhrase(ctx, phrase.id);
});

async function refusal(run: () => Promise<unknown>): Promise<ServiceError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("block-level phrases", () => {
  it("stop publishing, naming every hit with its place, and the article stays as it was", async () => {
    await addPhrase(BLOCKED, "BLOCK", "别的说法");
    await addPhrase(BLOCKED_TOO, "BLOCK");
    const editor = await contextFor(await createStaff("EDITOR"));
    // Traditional characters, spaces and punctuation inside the phrase count as the phrase.
    const broken = `禁 詞·${tag}甲`;
    const error = await refusal(() =>
      saveArticle(
        editor,
        articleInput({
          title: `标题里有${BLOCKED_TOO}`,
          body: textToDoc(`第一段。\n第二段有${broken}。`),
          then: { action: "publish" },
        }),
      ),
    );
    expect(error.code).toBe("validation");
    expect(error.message).toContain(`“${BLOCKED}”(正文第 2 段:“第二段有${broken}。”,建议改为“别的说法”)`);
    expect(error.message).toContain(`“${BLOCKED_TOO}”(标题:`);
    expect(error.fieldErrors.body).toEqual([`含有禁用词“${BLOCKED}”(正文第 2 段)`]);
    // Nothing of the refused save-and-publish was kept.
    expect(await (await getDb()).article.count({ where: { title: `标题里有${BLOCKED_TOO}` } })).toBe(0);
  });

  it("stop submitting and scheduling too, and assertNoBlockingHits refuses what the review chain would sign", async () => {
    const reporter = await contextFor(await createStaff("REPORTER"));
    const draft = await saveArticle(reporter, articleInput({ body: textToDoc(`正文${BLOCKED}`) }));
    expect((await refusal(() => transitionArticle(reporter, draft.id, { action: "submit" }))).message).toMatch(
      /^不能提交审核:含有禁用词/,
    );
    const editor = await contextFor(await createStaff("EDITOR"));
    const at = new Date(Date.now() + 3_600_000);
    expect((await refusal(() => transitionArticle(editor, draft.id, { action: "schedule", at }))).message).toMatch(
      /^不能定时发布:/,
    );
    const row = await (await getDb()).article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.status).toBe("DRAFT");
    await expect(assertNoBlockingHits(await getDb(), row, "signOff")).rejects.toThrow(/^不能签发:含有禁用词/);
  });

  it("are found in credited names and image captions too", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const body = textToDoc("干净的正文。");
    body.content.push({ type: "image", attrs: { src: "/media/x/640w.jpg", alt: "图", caption: `图注${BLOCKED}` } });
    const error = await refusal(() =>
      saveArticle(
        editor,
        articleInput({
          body,
          credits: [{ roleKey: "REPORTER", name: BLOCKED_TOO, affiliation: null }],
          then: { action: "publish" },
        }),
      ),
    );
    expect(error.message).toContain("正文第 1 张图片的图注");
    expect(error.message).toContain("第 1 个署名");
  });
});

describe("warn-level phrases", () => {
  it("need an acknowledgement, which is recorded with the hits it covered", async () => {
    await addPhrase(WARNED, "WARN", "更好的词");
    const editor = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(editor, articleInput({ summary: `摘要有${WARNED}` }));
    const error = await refusal(() => transitionArticle(editor, draft.id, { action: "publish" }));
    expect(error.message).toMatch(/^请先确认提示词再发布:/);
    expect(error.fieldErrors.acknowledgeWarnings).toEqual([`“${WARNED}”(摘要)`]);

    const published = await transitionArticle(editor, draft.id, { action: "publish", acknowledgeWarnings: true });
    expect(published.status).toBe("PUBLISHED");
    const entries = await (
      await getDb()
    ).auditEntry.findMany({
      where: { articleId: draft.id, action: "article.wordsAcknowledged" },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorId).toBe(editor.actor.id);
    expect(entries[0]?.details).toEqual({
      action: "publish",
      hits: [{ phrase: WARNED, place: "摘要", matched: WARNED }],
    });
  });
});

describe("the list", () => {
  it("reaches the next check as soon as it changes: added, changed in level, removed", async () => {
    const ctx = await admin();
    const phrase = `改动${tag}丁`;
    const editor = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(editor, articleInput({ title: `标题${phrase}` }));
    expect((await editorChecks(editor, draft.id)).hits).toEqual([]);
    const id = await createPhrase(ctx, { phrase, level: "WARN", replacement: null, note: null });
    expect((await editorChecks(editor, draft.id)).hits.map((hit) => hit.level)).toEqual(["WARN"]);
    await updatePhrase(ctx, id, { phrase, level: "BLOCK", replacement: "新词", note: "说明" });
    expect((await editorChecks(editor, draft.id)).hits).toMatchObject([{ level: "BLOCK", replacement: "新词" }]);
    await deletePhrase(ctx, id);
    expect((await editorChecks(editor, draft.id)).hits).toEqual([]);
  });

  it("checks what the editor's form holds before it is saved", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const draft = await saveArticle(editor, articleInput());
    const checks = await editorChecks(editor, draft.id, { kicker: `引题${WARNED}` });
    expect(checks.hits).toMatchObject([{ phrase: WARNED, place: { field: "kicker" } }]);
  });

  it("takes a pasted batch, skipping phrases already listed, and refuses a phrase twice", async () => {
    const ctx = await admin();
    const result = await addPhrases(ctx, {
      lines: [
        { phrase: `批量${tag}一`, replacement: "甲" },
        { phrase: `批量${tag}二`, replacement: null },
        { phrase: WARNED, replacement: null },
        { phrase: `批量${tag}一`, replacement: null },
      ],
      level: "WARN",
      note: "一批",
    });
    expect(result).toEqual({ added: 2, skipped: 2 });
    const listed = (await listPhrases(ctx)).filter((phrase) => phrase.phrase.startsWith(`批量${tag}`));
    expect(listed.map((phrase) => [phrase.phrase, phrase.replacement, phrase.note])).toEqual([
      [`批量${tag}一`, "甲", "一批"],
      [`批量${tag}二`, null, "一批"],
    ]);
    const taken = await refusal(() =>
      createPhrase(ctx, { phrase: WARNED, level: "BLOCK", replacement: null, note: null }),
    );
    expect(taken.fieldErrors.phrase).toEqual(["已在词表中"]);
  });

  it("is changed by admins only, and read by editors", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const reporter = await contextFor(await createStaff("REPORTER"));
    expect(
      (await refusal(() => createPhrase(editor, { phrase: `x${tag}`, level: "WARN", replacement: null, note: null })))
        .code,
    ).toBe("forbidden");
    expect(Array.isArray(await listPhrases(editor))).toBe(true);
    expect((await refusal(() => listPhrases(reporter))).code).toBe("forbidden");
  });
});

describe("import", () => {
  it("reports hits in the result and keeps copy with hits as a draft instead of publishing it", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const text = `导入${randomBytes(4).toString("hex")}\n\n本报讯 这篇稿件提到了${WARNED}和${BLOCKED}。`;
    const outcome = await importWireCopy(editor, text, { timeZone: "Asia/Shanghai", publish: true });
    expect(outcome.status).toBe("created");
    expect(outcome.wordHits).toHaveLength(2);
    expect(outcome.wordHits.join()).toContain(`“${BLOCKED}”(正文第 1 段`);
    expect(outcome.notes).toContain("含有词表中的词,已存为草稿,没有发布");
    const row = await (await getDb()).article.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(row.status).toBe("DRAFT");
  });
});
