// Turns an accepted upload into what is stored: the original, turned upright and re-encoded without its
// metadata (EXIF can carry the GPS position of a source's phone), and resized copies for pages.
// Re-encoding also means the stored bytes are what sharp wrote, never whatever else the upload carried
// after a valid image header.
import sharp, { type Metadata, type Sharp } from "sharp";
import { scaledHeight, variantWidths } from "./variants";
import { IMAGE_TYPES, type ImageFormat, type ImageType } from "./types";

/** Decoding stops here: a small file can still claim enormous dimensions (a decompression bomb). */
export const MAX_PIXELS = 100_000_000;

export interface EncodedImage {
  data: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
  type: ImageType;
}

export interface ProcessedUpload {
  original: EncodedImage;
  /** Smallest first. */
  variants: EncodedImage[];
}

export class UnreadableImageError extends Error {}

// sharp names AVIF "heif"; anything else it reports must be the format the bytes were sniffed as.
const SHARP_FORMATS: Record<ImageFormat, string> = { jpeg: "jpeg", png: "png", webp: "webp", avif: "heif" };

function formatOf(type: ImageType): ImageFormat {
  const entry = Object.entries(IMAGE_TYPES).find(([, candidate]) => candidate.mimeType === type.mimeType);
  if (!entry) throw new Error(`unknown image type ${type.mimeType}`);
  return entry[0] as ImageFormat;
}

function encode(pipeline: Sharp, format: ImageFormat, quality: "original" | "variant"): Sharp {
  const high = quality === "original";
  switch (format) {
    case "jpeg":
      return pipeline.jpeg({ quality: high ? 90 : 80, mozjpeg: true });
    case "png":
      return pipeline.png({ compressionLevel: 8 });
    case "webp":
      return pipeline.webp({ quality: high ? 90 : 78 });
    case "avif":
      return pipeline.avif({ quality: high ? 70 : 55, effort: 3 });
  }
}

async function run(pipeline: Sharp, type: ImageType): Promise<EncodedImage> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height, type };
}

/** Decodes, checks and re-encodes an upload already sniffed as `type`. */
export async function processUpload(bytes: Uint8Array, type: ImageType): Promise<ProcessedUpload> {
  const input = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" });
  let metadata: Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
  }
  const format = formatOf(type);
  if (metadata.format !== SHARP_FORMATS[format] || !metadata.width || !metadata.height) {
    throw new UnreadableImageError(`content is ${metadata.format ?? "unknown"}, expected ${format}`);
  }
  if (metadata.width * metadata.height > MAX_PIXELS) throw new UnreadableImageError("too many pixels");

  try {
    const original = await run(encode(input().rotate(), format, "original"), type);
    // Photographs become JPEG, which every browser, feed reader and share preview shows; images with
    // transparency (logos, graphics) become WebP, which keeps it.
    const variantFormat: ImageFormat = metadata.hasAlpha ? "webp" : "jpeg";
    const variants: EncodedImage[] = [];
    for (const width of variantWidths(original.width)) {
      const height = scaledHeight(original.width, original.height, width);
      const pipeline = input().rotate().resize({ width, height, fit: "fill" });
      variants.push(await run(encode(pipeline, variantFormat, "variant"), IMAGE_TYPES[variantFormat]));
    }
    return { original, variants };
  } catch (error) {
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
  }
}
