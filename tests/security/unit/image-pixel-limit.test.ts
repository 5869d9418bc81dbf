// Issue 9 §6: an image is refused on the pixel count its header declares, read before any pixel is
// decoded: a small file that claims 400 megapixels never reaches the decoder.
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MAX_PIXELS, processUpload, UnreadableImageError } from "@/lib/media/process";
import { IMAGE_TYPES } from "@/lib/media/types";

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header says width × height, followed by almost no image data. */
function pngDeclaring(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await processUpload(bytes, IMAGE_TYPES.png);
  } catch (error) {
    if (error instanceof UnreadableImageError) return error.message;
    throw error;
  }
  return "accepted";
}

describe("image pixel limit", () => {
  it("is 100 megapixels", () => {
    expect(MAX_PIXELS).toBe(100_000_000);
  });

  it.each([
    [20_000, 20_000],
    [10_001, 10_000],
    [1_000_000, 101],
  ])("refuses a %i × %i image from its header, before decoding", async (width, height) => {
    const file = pngDeclaring(width, height);
    expect(file.length).toBeLessThan(100);
    // Either the header check or sharp's own limitInputPixels, both applied when only the header is read:
    // a decode would fail differently (the data is truncated).
    expect(await refusal(file)).toMatch(/too many pixels|pixel limit/i);
  });

  it("lets a declared size under the limit through to the decoder, which finds the data missing", async () => {
    expect(await refusal(pngDeclaring(100, 100))).not.toMatch(/too many pixels|pixel limit/i);
  });
});
