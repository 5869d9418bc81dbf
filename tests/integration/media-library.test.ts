// The media library end to end below the UI: upload → stored copies → search → cover → public view →
// publish gate on alt text, plus the two HTTP routes (upload, serving). Runs on PostgreSQL and on PGlite.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { findPublishedArticle, listPublishedArticles } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { sniffImage } from "@/lib/media/sniff";
import { getMediaStorage } from "@/lib/media/storage";
import { articleSnapshotSchema } from "@/lib/newsroom/article-snapshot";
import { docToHtml, textToDoc, type BodyDoc } from "@/lib/newsroom/body";
import { bodyImageResolver } from "@/lib/media/body-resolver";
import { saveArticle } from "@/lib/services/articles/save-article";
import { transitionArticle } from "@/lib/services/articles/transition";
import { deleteMedia } from "@/lib/services/media/delete-media";
import { articlesUsingMedia } from "@/lib/services/media/media-usage";
import { searchMedia } from "@/lib/services/media/media-queries";
import { updateMedia } from "@/lib/services/media/update-media";
import { uploadMedia } from "@/lib/services/media/upload-media";
import { HTML_PAGE, makeJpeg, makePng } from "../fixtures/media/images";
import { expectServiceError } from "../support/expect-error";
import { articleInput, contextFor, createStaff } from "../support/factories";

// Image files go to a folder of this run's own, never to the developer's .data/media.
const mediaDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "masthead-media-it-"));
  process.env.MEDIA_DIR = dir;
  return dir;
});

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/content/revalidate", () => ({ expireTags: () => undefined }));

const uploadRoute = await import("@/app/api/media/route");
const serveRoute = await import("@/app/media/[...key]/route");

afterAll(() => rm(mediaDir, { recursive: true, force: true }));

async function filesOnDisk(): Promise<number> {
  const ids = await readdir(mediaDir);
  let count = 0;
  for (const id of ids) count += (await readdir(path.join(mediaDir, id))).length;
  return count;
}

const uniqueName = (base: string) => `${base}-${Math.random().toString(36).slice(2, 8)}.jpg`;

describe("uploading into the library", () => {
  it("stores the original under a generated name and every copy, and records them", async () => {
    expect(env.mediaDir).toBe(mediaDir);
    const editor = await createStaff("EDITOR");
    const jpeg = await makeJpeg(2400, 1600);
    const item = await uploadMedia(await contextFor(editor), { data: jpeg.data, name: "../../会场 全景\u202e.jpg" });

    const row = await (await getDb()).media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.storageKey).toMatch(/^[0-9a-f]{24}\/original\.jpg$/);
    expect(row).toMatchObject({ mimeType: "image/jpeg", width: 2400, height: 1600, originalName: "会场 全景.jpg" });
    expect(row.createdById).toBe(editor.id);
    const variants = row.variants as Array<{
      width: number;
      height: number;
      key: string;
      mimeType: string;
      bytes: number;
    }>;
    expect(variants.map((variant) => [variant.width, variant.height])).toEqual([
      [320, 213],
      [640, 427],
      [960, 640],
      [1280, 853],
      [1920, 1280],
    ]);

    const storage = getMediaStorage();
    for (const { key, width, bytes, mimeType } of [
      ...variants,
      { key: row.storageKey, width: 2400, bytes: row.bytes, mimeType: row.mimeType },
    ]) {
      expect(key.startsWith(row.storageKey.split("/")[0]!)).toBe(true);
      const file = await storage.get(key);
      expect(file?.data.byteLength, key).toBe(bytes);
      const sniffed = sniffImage(file!.data);
      expect(sniffed.ok && sniffed.type.mimeType).toBe(mimeType);
      expect((await sharp(file!.data).metadata()).width).toBe(width);
    }
    expect(item.image.src).toBe(`/media/${row.storageKey.replace("original", "960w")}`);
    expect(item.editable).toBe(true);
  });

  it("judges by content: a PNG named photo.jpg is stored as a PNG", async () => {
    const item = await uploadMedia(await contextFor(await createStaff("REPORTER")), {
      data: (await makePng(50, 40)).data,
      name: "photo.jpg",
    });
    expect(item.mimeType).toBe("image/png");
    expect(item.url).toMatch(/\/original\.png$/);
    expect(item.originalName).toBe("photo.jpg");
  });

  it("refuses an HTML page named .png, and an oversize file, storing nothing", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const db = await getDb();
    const [rows, files] = [await db.media.count(), await filesOnDisk()];
    const html = await expectServiceError(uploadMedia(ctx, { data: HTML_PAGE, name: "photo.png" }), "validation");
    expect(html.message).toMatch(/不是图片/);
    expect(html.fieldErrors.file).toEqual([html.message]);
    const big = await expectServiceError(
      uploadMedia(ctx, { data: (await makeJpeg(300, 200)).data, name: "big.jpg" }, { maxBytes: 1024 }),
      "validation",
    );
    expect(big.message).toMatch(/^图片不能超过 1 KB,这个文件有 \d+ KB$/);
    expect([await db.media.count(), await filesOnDisk()]).toEqual([rows, files]);
  });
});

describe("the library", () => {
  it("is searched by alt text, caption, credit and original name, case-insensitively", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const tag = Math.random().toString(36).slice(2, 8);
    const item = await uploadMedia(ctx, { data: (await makeJpeg()).data, name: `Harbour-${tag}.JPG` });
    await updateMedia(ctx, item.id, {
      alt: `港口吊车${tag}`,
      caption: `集装箱码头${tag}`,
      credit: `新华社记者 王${tag}`,
    });
    const db = await getDb();
    for (const q of [`吊车${tag}`, `码头${tag}`, `王${tag}`, `harbour-${tag}`]) {
      const found = await searchMedia(db, editor, { q });
      expect(
        found.items.map((entry) => entry.id),
        q,
      ).toEqual([item.id]);
    }
    expect((await searchMedia(db, editor, { q: `没有${tag}` })).total).toBe(0);
    const newest = await searchMedia(db, await createStaff("REPORTER"));
    expect(newest.items[0]?.id).toBe(item.id);
    expect(newest.items[0]?.editable).toBe(false);
  });

  it("lets the uploader and editors change an image's text, and no other reporter", async () => {
    const owner = await createStaff("REPORTER");
    const item = await uploadMedia(await contextFor(owner), { data: (await makeJpeg()).data, name: "a.jpg" });
    const text = { alt: "替代文字", caption: null, credit: null };
    await updateMedia(await contextFor(owner), item.id, text);
    await expectServiceError(updateMedia(await contextFor(await createStaff("REPORTER")), item.id, text), "forbidden");
    await updateMedia(await contextFor(await createStaff("EDITOR")), item.id, { ...text, credit: "李四" });
    await expectServiceError(updateMedia(await contextFor(owner), 987_654_321, text), "not_found");
  });
});

describe("cover images and the publish gate", () => {
  it("cover set → refused while its alt text is missing → published → in the public view, lists and revisions", async () => {
    const editor = await createStaff("EDITOR");
    const changes: string[][] = [];
    const ctx = await contextFor(editor, changes);
    const name = uniqueName("封面");
    const cover = await uploadMedia(ctx, { data: (await makeJpeg(1600, 900)).data, name });
    const draft = await saveArticle(ctx, articleInput({ coverMediaId: cover.id }));

    const refused = await expectServiceError(transitionArticle(ctx, draft.id, { action: "publish" }), "validation");
    expect(refused.message).toContain(`封面图片“${name}”缺少替代文字`);
    expect(refused.fieldErrors.coverMediaId).toEqual([`封面图片“${name}”缺少替代文字`]);
    // Scheduling is publishing later: the same rule.
    const later = { action: "schedule" as const, at: new Date(Date.now() + 86_400_000) };
    await expectServiceError(transitionArticle(ctx, draft.id, later), "validation");
    // Refused inside the save too, and the save is then not applied.
    await expectServiceError(
      saveArticle(ctx, {
        ...articleInput({ title: "不该保存" }),
        id: draft.id,
        version: draft.version,
        then: { action: "publish" },
      }),
      "validation",
    );
    const db = await getDb();
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).title).not.toBe("不该保存");

    await updateMedia(ctx, cover.id, { alt: "龙泉驿区志愿者在核酸检测点", caption: "志愿者维持秩序", credit: "赵敏" });
    expect(changes.at(-1)).toEqual(["articles", `article:${draft.id}`]);
    await transitionArticle(ctx, draft.id, { action: "publish" });

    const page = await findPublishedArticle(db, draft.id, new Date());
    expect(page?.cover).toMatchObject({
      id: cover.id,
      width: 960,
      height: 540,
      alt: "龙泉驿区志愿者在核酸检测点",
      caption: "志愿者维持秩序",
      credit: "赵敏",
      large: { width: 1280, height: 720, mimeType: "image/jpeg" },
    });
    expect(page?.cover?.src).toMatch(/^\/media\/[0-9a-f]{24}\/960w\.jpg$/);
    expect(page?.cover?.srcset.split(", ").map((candidate) => candidate.split(" ")[1])).toEqual([
      "320w",
      "640w",
      "960w",
      "1280w",
      "1600w",
    ]);
    const listed = (await listPublishedArticles(db, new Date(), 100)).find((entry) => entry.id === draft.id);
    expect(listed?.cover?.thumb.width).toBe(320);

    const revision = await db.revision.findFirstOrThrow({ where: { articleId: draft.id }, orderBy: { id: "desc" } });
    expect(articleSnapshotSchema.parse(revision.snapshot).coverMediaId).toBe(cover.id);
  });

  it("names each body image without alt text; its own or its library alt text lets it through", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const name = uniqueName("正文图");
    const photo = await uploadMedia(ctx, { data: (await makeJpeg(800, 600)).data, name });
    const body = (alt: string): BodyDoc => ({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "第一段。" }] },
        { type: "image", attrs: { src: "https://img.example.com/a.jpg", alt: "外链图片" } },
        { type: "blockquote", content: [{ type: "image", attrs: { mediaId: photo.id, src: photo.image.src, alt } }] },
        { type: "image", attrs: { src: "https://img.example.com/2024/chart.png", alt: " " } },
      ],
    });
    const draft = await saveArticle(ctx, articleInput({ body: body("") }));
    const refused = await expectServiceError(transitionArticle(ctx, draft.id, { action: "publish" }), "validation");
    expect(refused.message).toContain(`正文第 2 张图片“${name}”、正文第 3 张图片“chart.png”缺少替代文字`);
    expect(refused.fieldErrors.body).toHaveLength(1);

    // The writer's own alt text for this use is enough…
    const second = await saveArticle(ctx, {
      ...articleInput({ body: { ...body("会场"), content: body("会场").content.slice(0, 3) } }),
      id: draft.id,
      version: draft.version,
    });
    await transitionArticle(ctx, second.id, { action: "publish" });

    // …and so is the library's, which the page then shows.
    const other = await saveArticle(
      ctx,
      articleInput({ body: { ...body(""), content: body("").content.slice(0, 3) } }),
    );
    await expectServiceError(transitionArticle(ctx, other.id, { action: "publish" }), "validation");
    await updateMedia(ctx, photo.id, { alt: "库里的替代文字", caption: null, credit: null });
    await transitionArticle(ctx, other.id, { action: "publish" });

    const page = await findPublishedArticle(await getDb(), other.id, new Date());
    expect(Object.keys(page?.images ?? {})).toEqual([String(photo.id)]);
    const html = docToHtml(page!.body, { resolveImage: bodyImageResolver(page!.images) });
    expect(html).toContain('alt="库里的替代文字"');
    expect(html).toMatch(
      /srcset="\/media\/[0-9a-f]{24}\/320w\.jpg 320w, \/media\/[0-9a-f]{24}\/640w\.jpg 640w, \/media\/[0-9a-f]{24}\/800w\.jpg 800w"/,
    );
    expect(html).toContain('width="800" height="600" loading="lazy" decoding="async"');
  });

  it("keeps the cover when a save leaves it out, removes it with null, and refuses a deleted image", async () => {
    const ctx = await contextFor(await createStaff("EDITOR"));
    const cover = await uploadMedia(ctx, { data: (await makeJpeg()).data, name: "c.jpg" });
    const first = await saveArticle(ctx, articleInput({ coverMediaId: cover.id }));
    const kept = await saveArticle(ctx, { ...articleInput(), id: first.id, version: first.version });
    const db = await getDb();
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).coverMediaId).toBe(cover.id);
    const revisions = await db.revision.findMany({ where: { articleId: first.id }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => articleSnapshotSchema.parse(revision.snapshot).coverMediaId)).toEqual([
      cover.id,
      cover.id,
    ]);

    const removed = await saveArticle(ctx, {
      ...articleInput({ coverMediaId: null }),
      id: first.id,
      version: kept.version,
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).coverMediaId).toBeNull();
    const gone = await expectServiceError(
      saveArticle(ctx, { ...articleInput({ coverMediaId: 987_654_321 }), id: first.id, version: removed.version }),
      "validation",
    );
    expect(gone.fieldErrors.coverMediaId).toEqual(["封面图片不存在"]);

    // A revision written before the media library existed has no cover field, and still parses.
    const old = { ...(revisions[0]!.snapshot as Record<string, unknown>) };
    delete old.coverMediaId;
    expect(articleSnapshotSchema.parse(old).coverMediaId).toBeNull();
  });
});

describe("where an image is used, and deleting it", () => {
  it("finds covers and nested body images, refuses deletion while used, then removes record and files", async () => {
    const editor = await createStaff("EDITOR");
    const ctx = await contextFor(editor);
    const photo = await uploadMedia(ctx, { data: (await makeJpeg(700, 500)).data, name: "used.jpg" });
    const nested: BodyDoc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "正文" }] },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [
                { type: "paragraph" },
                { type: "image", attrs: { mediaId: photo.id, src: photo.image.src, alt: "x" } },
              ],
            },
          ],
        },
      ],
    };
    const inBody = await saveArticle(ctx, articleInput({ title: "正文用图的文章", body: nested }));
    const asCover = await saveArticle(ctx, articleInput({ title: "封面用图的文章", coverMediaId: photo.id }));
    await saveArticle(ctx, articleInput({ body: textToDoc("无关") }));
    const db = await getDb();
    expect(await articlesUsingMedia(db, photo.id)).toEqual([inBody.id, asCover.id]);

    const refused = await expectServiceError(deleteMedia(ctx, photo.id), "validation");
    expect(refused.message).toContain("《封面用图的文章》、《正文用图的文章》");
    await expectServiceError(deleteMedia(await contextFor(await createStaff("REPORTER")), photo.id), "forbidden");

    await saveArticle(ctx, {
      ...articleInput({ body: textToDoc("换掉图片") }),
      id: inBody.id,
      version: inBody.version,
    });
    await saveArticle(ctx, { ...articleInput({ coverMediaId: null }), id: asCover.id, version: asCover.version });
    const row = await db.media.findUniqueOrThrow({ where: { id: photo.id } });
    const id = row.storageKey.split("/")[0]!;
    expect((await readdir(path.join(mediaDir, id))).sort()).toEqual([
      "320w.jpg",
      "640w.jpg",
      "700w.jpg",
      "original.jpg",
    ]);
    await deleteMedia(ctx, photo.id);
    expect(await db.media.findUnique({ where: { id: photo.id } })).toBeNull();
    expect(await readdir(path.join(mediaDir, id))).toEqual([]);
  });
});

describe("HTTP", () => {
  const serve = (key: string, method: "GET" | "HEAD" = "GET") =>
    serveRoute[method](new Request(`http://localhost/media/${key}`, { method }), {
      params: Promise.resolve({ key: key.split("/") }),
    });

  it("serves stored files as images only: stored type, nosniff, inline, closed CSP, a year of caching", async () => {
    const item = await uploadMedia(await contextFor(await createStaff("EDITOR")), {
      data: (await makePng(40, 30)).data,
      name: "x.png",
    });
    const key = item.url.replace(/^\/media\//, "");
    const response = await serve(key);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "content-disposition": "inline",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "cache-control": "public, max-age=31536000, immutable",
      "content-length": String(item.bytes),
    });
    expect(sniffImage(new Uint8Array(await response.arrayBuffer()))).toMatchObject({ ok: true });
    const head = await serve(key, "HEAD");
    expect([head.status, head.headers.get("content-type"), await head.text()]).toEqual([200, "image/png", ""]);

    for (const bad of [
      key.replace(".png", ".html"),
      "0123456789abcdef01234567/original.png",
      "../../etc/passwd",
      `${key.split("/")[0]}/..%2F..%2Fetc%2Fpasswd`,
    ]) {
      const missing = await serve(bad);
      expect(missing.status, bad).toBe(404);
      expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  function uploadRequest(file: Blob, name: string, headers: Record<string, string> = {}) {
    const body = new FormData();
    body.set("file", file, name);
    return new Request("http://localhost:3000/api/media", { method: "POST", body, headers });
  }

  it("takes multipart uploads from a signed-in, same-origin request, and says why it refuses others", async () => {
    const reporter = await createStaff("REPORTER");
    const png = new Blob([(await makePng(30, 20)).data], { type: "image/jpeg" });

    session.user = null;
    const anonymous = await uploadRoute.POST(uploadRequest(png, "a.jpg"));
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { message: string }).message).toMatch(/登录已失效/);

    session.user = reporter;
    try {
      const created = await uploadRoute.POST(uploadRequest(png, "a.jpg"));
      expect(created.status).toBe(201);
      const answer = (await created.json()) as { ok: boolean; item: { id: number; mimeType: string } };
      expect(answer.ok).toBe(true);
      expect(answer.item.mimeType).toBe("image/png");

      const html = await uploadRoute.POST(uploadRequest(new Blob([HTML_PAGE], { type: "image/png" }), "photo.png"));
      expect(html.status).toBe(422);
      expect(((await html.json()) as { message: string }).message).toMatch(/不是图片/);

      const crossSite = await uploadRoute.POST(
        uploadRequest(png, "a.jpg", { origin: "https://evil.example", host: "localhost:3000" }),
      );
      expect(crossSite.status).toBe(403);
      const fetchedCrossSite = await uploadRoute.POST(uploadRequest(png, "a.jpg", { "sec-fetch-site": "cross-site" }));
      expect(fetchedCrossSite.status).toBe(403);
      const sameOrigin = await uploadRoute.POST(
        uploadRequest(png, "a.jpg", {
          origin: "http://localhost:3000",
          host: "localhost:3000",
          "sec-fetch-site": "same-origin",
        }),
      );
      expect(sameOrigin.status).toBe(201);

      // Over the limit: refused while reading, never buffered whole; a declared length is refused unread.
      const huge = new Blob([new Uint8Array(env.mediaMaxBytes + 100 * 1024)]);
      const tooBig = await uploadRoute.POST(uploadRequest(huge, "huge.jpg"));
      expect(tooBig.status).toBe(413);
      expect(((await tooBig.json()) as { message: string }).message).toBe("图片不能超过 15 MB");
      const declared = await uploadRoute.POST(
        new Request("http://localhost:3000/api/media", {
          method: "POST",
          body: "x",
          headers: { "content-length": String(20 * 1024 * 1024), "content-type": "multipart/form-data; boundary=x" },
        }),
      );
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as { message: string }).message).toBe("图片不能超过 15 MB,这个文件有 20 MB");

      const noFile = await uploadRoute.POST(
        new Request("http://localhost:3000/api/media", { method: "POST", body: new FormData() }),
      );
      expect(noFile.status).toBe(400);
    } finally {
      session.user = null;
    }
  });
});
