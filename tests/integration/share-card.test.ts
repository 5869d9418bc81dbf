import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { findPublishedArticle } from "@/lib/content/queries";
import { getDb } from "@/lib/db";
import { retractArticle } from "@/lib/services/articles/curation";
import { saveArticle } from "@/lib/services/articles/save-article";
import { articleCard } from "@/lib/seo/article-card";
import { articleInput, contextFor, createStaff, publishedArticle } from "../support/factories";

const HOUR = 3_600_000;

describe("article share cards", () => {
  it("exist only for what readers may read: published, out of embargo, not retracted", async () => {
    const db = await getDb();
    const ctx = await contextFor(await createStaff("ADMIN"));
    const find = (id: number) => findPublishedArticle(db, id, new Date());
    const card = (id: number, size = "1200x630.png") => articleCard(find, { id: String(id), size }, "Masthead");

    const live = await publishedArticle(ctx, { title: "龙泉驿区商会助力社区防疫" });
    const png = await card(live.id);
    expect(png).not.toBeNull();
    const info = await sharp(png ?? Buffer.alloc(0)).metadata();
    expect([info.format, info.width, info.height]).toEqual(["png", 1200, 630]);

    const draft = await saveArticle(ctx, articleInput());
    const embargoed = await publishedArticle(ctx, { embargoUntil: new Date(Date.now() + 24 * HOUR) });
    const retracted = await publishedArticle(ctx);
    await retractArticle(ctx, retracted.id, "数据有误,撤稿。");
    for (const id of [draft.id, embargoed.id, retracted.id, 99_999_999]) expect(await card(id), String(id)).toBeNull();

    // Addresses that name nothing: a size that is not made, an id that is not one.
    expect(await card(live.id, "1x1.png")).toBeNull();
    expect(await articleCard(find, { id: "1e3", size: "1200x630.png" }, "Masthead")).toBeNull();
  });
});
