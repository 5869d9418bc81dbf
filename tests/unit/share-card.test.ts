import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderShareCard } from "@/lib/seo/share-card";
import { CARD_SIZES } from "@/lib/seo/share-image";

const text = { headline: "龙泉驿区工商联积极投身疫情防控 彰显商会担当", section: "经济", siteName: "Masthead" };

/** Dark pixels (text) in a horizontal band of the card, by share of the band. */
async function ink(png: Buffer, top: number, bottom: number): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let y = Math.round(info.height * top); y < Math.round(info.height * bottom); y += 1) {
    for (let x = 0; x < info.width; x += 1) if ((data[y * info.width + x] ?? 255) < 100) dark += 1;
  }
  return dark / (info.width * info.height * (bottom - top));
}

describe("generated share card", () => {
  it("is a PNG of every size it is asked for", async () => {
    for (const size of [CARD_SIZES["1200x630.png"], CARD_SIZES["600x600.png"]]) {
      const info = await sharp(await renderShareCard(text, size)).metadata();
      expect([info.format, info.width, info.height]).toEqual(["png", size.width, size.height]);
    }
  });

  it("draws the headline: different headlines, different images; the same headline, the same bytes", async () => {
    const size = CARD_SIZES["1200x630.png"];
    const card = await renderShareCard(text, size);
    expect((await renderShareCard(text, size)).equals(card)).toBe(true);
    expect((await renderShareCard({ ...text, headline: "另一条新闻标题" }, size)).equals(card)).toBe(false);
    const blank = await renderShareCard({ ...text, headline: "" }, size);
    // The headline sits in the middle of the card: ink there, none without a headline.
    expect(await ink(card, 0.3, 0.75)).toBeGreaterThan(0.05);
    expect(await ink(blank, 0.3, 0.75)).toBe(0);
  });

  it("draws Chinese characters, not empty boxes: two headlines of the same length differ where the text is", async () => {
    const size = CARD_SIZES["600x600.png"];
    const a = await renderShareCard({ ...text, headline: "商会助力抗疫" }, size);
    const b = await renderShareCard({ ...text, headline: "社区防疫有方" }, size);
    const pixels = async (png: Buffer) => (await sharp(png).greyscale().raw().toBuffer()).toString("base64");
    expect(await pixels(a)).not.toBe(await pixels(b));
  });
});
