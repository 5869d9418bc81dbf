import { describe, expect, it } from "vitest";
import { pickVariant, scaledHeight, SIZES, srcsetOf, variantWidths, VARIANT_WIDTHS } from "@/lib/media/variants";
import { readVariants, toMediaImage, type MediaRecord } from "@/lib/media/view";

describe("variant widths", () => {
  it("makes every standard width below the original, and the original's own width up to the cap", () => {
    expect(VARIANT_WIDTHS).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(variantWidths(640)).toEqual([320, 640]);
    expect(variantWidths(200)).toEqual([200]);
    expect(variantWidths(1)).toEqual([1]);
  });

  it("keeps proportions when scaling", () => {
    expect(scaledHeight(4000, 3000, 320)).toBe(240);
    expect(scaledHeight(1000, 333, 320)).toBe(107);
    expect(scaledHeight(5000, 1, 320)).toBe(1);
  });

  it("picks the smallest copy that is wide enough, else the largest", () => {
    const variants = [{ width: 960 }, { width: 320 }, { width: 1280 }, { width: 640 }];
    expect(pickVariant(variants, 1200)?.width).toBe(1280);
    expect(pickVariant(variants, 900)?.width).toBe(960);
    expect(pickVariant(variants, 1)?.width).toBe(320);
    expect(pickVariant(variants, 5000)?.width).toBe(1280);
    expect(pickVariant([], 100)).toBeUndefined();
  });

  it("writes srcset smallest first", () => {
    expect(
      srcsetOf([
        { url: "/media/b.jpg", width: 640 },
        { url: "/media/a.jpg", width: 320 },
      ]),
    ).toBe("/media/a.jpg 320w, /media/b.jpg 640w");
    expect(SIZES.article).toContain("100vw");
  });
});

describe("a stored image as pages see it", () => {
  const record: MediaRecord = {
    id: 5,
    storageKey: "0123456789abcdef01234567/original.jpg",
    mimeType: "image/jpeg",
    width: 3000,
    height: 2000,
    bytes: 2_000_000,
    alt: "会场",
    caption: "说明",
    credit: "李四",
    originalName: "IMG_1.jpg",
    variants: [1920, 320, 1280, 960, 640].map((width) => ({
      width,
      height: Math.round((width * 2) / 3),
      key: `0123456789abcdef01234567/${width}w.jpg`,
      mimeType: "image/jpeg",
      bytes: width * 100,
    })),
  };
  const url = (key: string) => `/media/${key}`;

  it("has a ~960px fallback, a srcset of every copy, a ~1280px file for feeds and a small thumbnail", () => {
    const image = toMediaImage(record, url);
    expect(image.src).toBe("/media/0123456789abcdef01234567/960w.jpg");
    expect([image.width, image.height]).toEqual([960, 640]);
    expect(image.srcset.split(", ").map((candidate) => candidate.split(" ")[1])).toEqual([
      "320w",
      "640w",
      "960w",
      "1280w",
      "1920w",
    ]);
    expect(image.large).toEqual({
      url: "/media/0123456789abcdef01234567/1280w.jpg",
      width: 1280,
      height: 853,
      mimeType: "image/jpeg",
      bytes: 128_000,
    });
    expect(image.thumb.width).toBe(320);
    expect([image.alt, image.caption, image.credit]).toEqual(["会场", "说明", "李四"]);
  });

  it("falls back to the original when the variant list is unreadable", () => {
    const variants = readVariants({ ...record, variants: "broken" });
    expect(variants).toEqual([
      { width: 3000, height: 2000, key: record.storageKey, mimeType: "image/jpeg", bytes: 2_000_000 },
    ]);
  });
});
