import { getMessages } from "@/lib/i18n";
// Richer bodies end to end below the browser: an article holding a table, a video, a pull quote and a fact
// box is posted as the editor posts it, saved, published, read back for readers, put in the feed, found
// by search and exported; a body with an element the schema refuses is refused with a message that names
// it, the posted text comes back, and nothing is stored.
import { describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { findPublishedArticle } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { exportContent } from "@/lib/export/export-content";
import { exportSchema } from "@/lib/export/format";
import { importContent } from "@/lib/export/import-content";
import { feedItem } from "@/lib/feeds/item";
import { docToHtml, type BodyDoc } from "@/lib/newsroom/body";
import { searchArticles } from "@/lib/search/search-articles";
import { transitionArticle } from "@/lib/services/articles/transition";
import { contextFor, createStaff } from "../support/factories";
import { expectServiceError } from "../support/expect-error";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/content/revalidate", () => ({ expireTags: () => undefined }));

const { saveArticleAction } = await import("@/lib/actions/articles/save-article");

const stamp = Date.now() % 1_000_000;
// Words that appear only inside the table and the fact box, so search proves it reads them.
const CELL_WORD = `桂溪${stamp}`;
const BOX_WORD = `锦江${stamp}`;

const text = (value: string) => ({ type: "text", text: value });
const paragraph = (value: string) => ({ type: "paragraph", content: [text(value)] });
const cellAttrs = { colspan: 1, rowspan: 1, colwidth: null };

/** The body as Tiptap's getJSON() gives it, with the attributes the stored body does not keep. */
function editorBody(extra: unknown[] = []) {
  return {
    type: "doc",
    content: [
      paragraph("导语:区工商联发布年度数据。"),
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [
              { type: "tableHeader", attrs: cellAttrs, content: [paragraph("街道")] },
              { type: "tableHeader", attrs: cellAttrs, content: [paragraph("企业数")] },
            ],
          },
          {
            type: "tableRow",
            content: [
              { type: "tableCell", attrs: cellAttrs, content: [paragraph(CELL_WORD)] },
              { type: "tableCell", attrs: { ...cellAttrs, colwidth: [90] }, content: [paragraph("42")] },
            ],
          },
        ],
      },
      { type: "video", attrs: { provider: "bilibili", id: "BV1GJ411x7h7", caption: "发布会视频" } },
      { type: "pullQuote", attrs: { cite: "区工商联主席" }, content: [paragraph("服务要送到企业门口。")] },
      {
        type: "factBox",
        attrs: { label: "背景", title: "年度数据" },
        content: [paragraph(`${BOX_WORD}街道新增企业最多。`)],
      },
      ...extra,
      { type: "paragraph" },
    ],
  };
}

function editorForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set("credits", "[]");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("rich bodies", () => {
  it("are saved from the editor's form, published, shown to readers, put in the feed, searched and exported", async () => {
    const editor = await createStaff("EDITOR");
    session.user = editor;
    const title = `丰富正文 ${stamp}`;
    const saved = await saveArticleAction(
      null,
      editorForm({ title, body: JSON.stringify(editorBody()), intent: "autosave" }),
    );
    expect(saved?.ok).toBe(true);
    const id = saved && saved.ok ? saved.id : 0;
    session.user = null;

    const ctx = await contextFor(editor);
    await transitionArticle(ctx, id, { action: "publish" });
    const db = await getDb();
    const article = await findPublishedArticle(db, id, new Date());
    expect(article?.body.content.map((block) => block.type)).toEqual([
      "paragraph",
      "table",
      "video",
      "pullQuote",
      "factBox",
    ]);
    const body = article?.body as BodyDoc;
    // Tiptap's layout attributes are gone; spans of 1 are not kept.
    expect(JSON.stringify(body)).not.toContain("colwidth");
    expect(body.content[1]).toMatchObject({
      content: [{ content: [{ type: "tableHeader" }, { type: "tableHeader" }] }, {}],
    });

    const page = docToHtml(body);
    expect(page).toContain('<th scope="col">街道</th>');
    expect(page).toContain(
      '<template><iframe src="https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&amp;autoplay=0"',
    );
    expect(page).toContain('<figure class="pull-quote">');
    expect(page).toContain('<span class="fact-box-label">背景</span> 年度数据');

    const item = feedItem(
      {
        title: "Masthead",
        siteUrl: "https://news.example",
        feedUrl: "https://news.example/feed.xml",
        pageUrl: "https://news.example/",
        description: "",
        language: "zh-CN",
        timeZone: "Asia/Shanghai",
        words: getMessages("zh-CN"),
        bylineStyle: "zh",
      },
      article!,
    );
    expect(item.contentHtml).toContain('href="https://www.bilibili.com/video/BV1GJ411x7h7/"');
    expect(item.contentHtml).not.toContain("<iframe");

    for (const word of [CELL_WORD, BOX_WORD]) {
      const found = await searchArticles(db, { q: word }, new Date());
      expect(
        found.hits.map((hit) => hit.article.id),
        word,
      ).toEqual([id]);
    }

    const exported = await exportContent(db);
    const row = exported.articles.find((candidate) => candidate.id === id);
    expect(row?.body).toEqual(body);
    expect(exportSchema.safeParse(exported).error).toBeUndefined();
  });

  it("refuses an element off the allow-list with a message naming it, gives the posted body back, and stores nothing", async () => {
    const editor = await createStaff("EDITOR");
    session.user = editor;
    const db = await getDb();
    const title = `拒绝的视频 ${stamp}`;
    const bad = { type: "video", attrs: { provider: "vimeo", id: "76979871" } };
    const posted = JSON.stringify(editorBody([bad]));
    const before = await db.article.count();

    const refused = await saveArticleAction(null, editorForm({ title, body: posted, intent: "autosave" }));
    expect(refused?.ok).toBe(false);
    if (!refused || refused.ok) throw new Error("expected a refusal");
    expect(refused.fieldErrors.body).toEqual(["正文无效:第 6 个元素(视频):视频只能来自 bilibili、qq、youku、youtube"]);
    expect(refused.values.body).toBe(posted);
    expect(refused.values.title).toBe(title);
    expect(await db.article.count()).toBe(before);

    // The same for an article that exists: what is stored stays as it was.
    const saved = await saveArticleAction(
      null,
      editorForm({ title, body: JSON.stringify(editorBody()), intent: "autosave" }),
    );
    const id = saved && saved.ok ? saved.id : 0;
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    const injected = { type: "video", attrs: { provider: "youtube", id: '"><script>alert(1)</script>' } };
    const again = await saveArticleAction(
      null,
      editorForm({
        id: String(id),
        version: String(stored.version),
        title,
        body: JSON.stringify(editorBody([injected])),
        intent: "autosave",
      }),
    );
    expect(again && !again.ok && again.fieldErrors.body).toEqual(["正文无效:第 6 个元素(视频):视频编号无效"]);
    const after = await db.article.findUniqueOrThrow({ where: { id } });
    expect(after.body).toEqual(stored.body);
    expect(after.version).toBe(stored.version);
    session.user = null;
  });

  it("are checked when an export file is imported", async () => {
    const db = await getDb();
    const exported = JSON.parse(JSON.stringify(await exportContent(db))) as {
      articles: Array<{ body: { content: Array<{ type: string; attrs?: Record<string, unknown> }> } }>;
    };
    const withVideo = exported.articles.find((article) => article.body.content.some((block) => block.type === "video"));
    const video = withVideo?.body.content.find((block) => block.type === "video");
    expect(video).toBeDefined();
    video!.attrs = { provider: "youtube", id: "../../evil" };
    const error = await expectServiceError(importContent(db, exported), "validation");
    expect(error.message).toContain("视频编号无效");
  });
});
