// What an upload is, decided by its bytes: the name a browser sends (photo.jpg) and the type it claims
// play no part, and anything that could be rendered as a page is refused with a message that says why.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { servicesEn } from "@/lib/i18n/messages/services-en";
import { checkUpload } from "@/lib/media/check-upload";
import { processUpload, UnreadableImageError } from "@/lib/media/process";
import { sniffImage } from "@/lib/media/sniff";
import { IMAGE_TYPES, formatBytes } from "@/lib/media/types";
import { word } from "@/lib/services/errors";
import {
  HTML_PAGE,
  SVG_IMAGE,
  makeAvif,
  makeJpeg,
  makePng,
  makeRotatedJpegWithExif,
  makeWebp,
} from "../fixtures/media/images";

const MB = 1024 * 1024;

/** Why a file was refused, worded in a language ("" when it was accepted). */
function reason(result: ReturnType<typeof sniffImage>, language: "zh-CN" | "en" = "zh-CN"): string {
  return result.ok ? "" : word(result.reason, language === "en" ? servicesEn : undefined);
}

describe("sniffing by content", () => {
  it.each([
    ["JPEG", makeJpeg, IMAGE_TYPES.jpeg],
    ["PNG", () => makePng(), IMAGE_TYPES.png],
    ["WebP", makeWebp, IMAGE_TYPES.webp],
    ["AVIF", makeAvif, IMAGE_TYPES.avif],
  ] as const)("recognises %s", async (_name, make, type) => {
    const image = await make();
    expect(sniffImage(image.data)).toEqual({ ok: true, type });
  });

  it("takes a PNG named photo.jpg as the PNG it is: nothing but the bytes is consulted", async () => {
    const png = await makePng();
    // checkUpload has no name parameter at all; the service and the route pass the name only as a label.
    const result = checkUpload(png.data, 15 * MB);
    expect(result).toEqual({ ok: true, type: IMAGE_TYPES.png });
    const processed = await processUpload(png.data, IMAGE_TYPES.png);
    expect(processed.original.type.mimeType).toBe("image/png");
    expect((await sharp(processed.original.data).metadata()).format).toBe("png");
  });

  it("refuses an HTML page renamed to .png, saying it is a page, not a picture", () => {
    const result = checkUpload(HTML_PAGE, 15 * MB);
    expect(result.ok).toBe(false);
    expect(reason(result)).toMatch(/网页或文本,不是图片/);
    expect(reason(result, "en")).toMatch(/a web page or text, not an image/);
    // With a BOM and blank lines in front, it is still markup.
    const hidden = new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20, ...HTML_PAGE]);
    expect(checkUpload(hidden, 15 * MB).ok).toBe(false);
  });

  it("refuses SVG, which can carry scripts", () => {
    const result = checkUpload(SVG_IMAGE, 15 * MB);
    expect(result.ok).toBe(false);
    expect(reason(result)).toMatch(/SVG/);
  });

  it("refuses GIF and HEIC with a way forward, and unknown bytes with the list of accepted formats", async () => {
    const gif = new Uint8Array(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: "#c00" } })
        .gif()
        .toBuffer(),
    );
    expect(reason(sniffImage(gif))).toMatch(/GIF.*PNG 或 JPEG/);
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode("ftypheic\0\0\0\0mif1heic"), 0, 0, 0, 0]);
    expect(reason(sniffImage(heic))).toMatch(/HEIC/);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(20).fill(0)]);
    expect(reason(sniffImage(zip))).toMatch(/JPEG \/ PNG \/ WebP \/ AVIF/);
  });

  it("refuses an empty file and one over the limit, naming both sizes", async () => {
    expect(reason(checkUpload(new Uint8Array(), 15 * MB))).toBe("请选择一个图片文件");
    const big = new Uint8Array(15 * MB + 300 * 1024);
    big.set((await makeJpeg()).data);
    const result = checkUpload(big, 15 * MB);
    expect(reason(result)).toBe("图片不能超过 15 MB,这个文件有 15.3 MB");
    expect(reason(result, "en")).toBe("Images may not exceed 15 MB; this file is 15.3 MB");
    expect(checkUpload(big, big.byteLength).ok).toBe(true);
    expect(formatBytes(820 * 1024)).toBe("820 KB");
  });

  it("refuses bytes that start like an image but do not decode", async () => {
    const jpeg = await makeJpeg();
    const broken = new Uint8Array([...jpeg.data.subarray(0, 40), ...new Array(200).fill(7)]);
    expect(sniffImage(broken).ok).toBe(true);
    await expect(processUpload(broken, IMAGE_TYPES.jpeg)).rejects.toBeInstanceOf(UnreadableImageError);
    // A PNG claimed to be a JPEG (a caller bug) is caught by the decoder's own reading.
    await expect(processUpload((await makePng()).data, IMAGE_TYPES.jpeg)).rejects.toBeInstanceOf(UnreadableImageError);
  });
});

describe("what is stored of an upload", () => {
  it("turns the original upright and drops its EXIF", async () => {
    const rotated = await makeRotatedJpegWithExif(80, 40);
    const before = await sharp(rotated.data).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif).toBeDefined();

    const { original, variants } = await processUpload(rotated.data, IMAGE_TYPES.jpeg);
    expect([original.width, original.height]).toEqual([40, 80]);
    const after = await sharp(original.data).metadata();
    expect(after.orientation).toBeUndefined();
    expect(after.exif).toBeUndefined();
    expect(Buffer.from(original.data).includes("secret-location")).toBe(false);
    expect(variants.map((variant) => [variant.width, variant.height])).toEqual([[40, 80]]);
  });

  it("appends nothing an upload carried after its image data", async () => {
    const png = await makePng();
    const polyglot = new Uint8Array([...png.data, ...HTML_PAGE]);
    const { original } = await processUpload(polyglot, IMAGE_TYPES.png);
    expect(Buffer.from(original.data).includes("<script>")).toBe(false);
  });

  it("makes JPEG copies of photographs and WebP copies of images with transparency", async () => {
    const photo = await processUpload((await makeAvif(700, 350)).data, IMAGE_TYPES.avif);
    expect(photo.original.type.mimeType).toBe("image/avif");
    expect(photo.variants.map((variant) => [variant.width, variant.height, variant.type.mimeType])).toEqual([
      [320, 160, "image/jpeg"],
      [640, 320, "image/jpeg"],
      [700, 350, "image/jpeg"],
    ]);
    const logo = await processUpload((await makePng(400, 100, true)).data, IMAGE_TYPES.png);
    expect(logo.variants.map((variant) => variant.type.mimeType)).toEqual(["image/webp", "image/webp"]);
    const decoded = await sharp(logo.variants[0]!.data).metadata();
    expect([decoded.format, decoded.hasAlpha, decoded.width]).toEqual(["webp", true, 320]);
  });
});
