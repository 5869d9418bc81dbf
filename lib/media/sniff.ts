// Decides what a file is from its first bytes, never from its name or the browser's claimed type: a
// page renamed to photo.png must not be stored, let alone served, as something a browser might render.
import type { Said } from "@/lib/services/errors";
import { IMAGE_TYPES, ACCEPTED_LABELS, type ImageType } from "./types";

/** A refusal's reason is worded where the uploader reads it (lib/i18n/messages/services-*.ts). */
export type SniffResult = { ok: true; type: ImageType } | { ok: false; reason: Said };

const types = { types: ACCEPTED_LABELS };
const refuse = (key: Said["key"], values?: Said["values"]): SniffResult => ({ ok: false, reason: { key, values } });
const accept = (type: ImageType): SniffResult => ({ ok: true, type });

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** The brands of an ISO-BMFF file (AVIF, HEIC): the major brand and the compatible ones of its ftyp box. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const size = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(bytes.length, size >>> 0 || bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  return brands;
}

const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]);

// Markup-looking text: HTML, XML, SVG. Leading BOMs and whitespace do not hide it.
function looksLikeMarkup(bytes: Uint8Array): "svg" | "markup" | null {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^[\ufeff\s\0]+/, "")
    .toLowerCase();
  if (!head.startsWith("<")) return null;
  return head.includes("<svg") ? "svg" : "markup";
}

/** What kind of image the bytes are, or why they are refused (a message for the uploader). */
export function sniffImage(bytes: Uint8Array): SniffResult {
  if (bytes.length < 12) return refuse("fileTooSmall");
  if (startsWith(bytes, JPEG)) return accept(IMAGE_TYPES.jpeg);
  if (startsWith(bytes, PNG)) return accept(IMAGE_TYPES.png);
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return accept(IMAGE_TYPES.webp);
  const brands = ftypBrands(bytes);
  if (brands?.some((brand) => brand === "avif" || brand === "avis")) return accept(IMAGE_TYPES.avif);
  if (brands?.some((brand) => HEIC_BRANDS.has(brand))) {
    return refuse("heic");
  }
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") {
    return refuse("gif", types);
  }
  const markup = looksLikeMarkup(bytes);
  if (markup === "svg") return refuse("svg");
  if (markup === "markup") return refuse("markup", types);
  return refuse("unknownFormat", types);
}
