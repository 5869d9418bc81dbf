// An image in API answers: absolute addresses (the API is read away from the site) and every resized
// copy the library made (lib/media/variants.ts), smallest first.
import { absoluteUrl } from "@/lib/media/urls";
import { scaledHeight } from "@/lib/media/variants";
import type { MediaImage } from "@/lib/media/view";

export interface ApiImage {
  id: number;
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  variants: Array<{ url: string; width: number; height: number }>;
}

export function toApiImage(image: MediaImage, siteUrl: string): ApiImage {
  return {
    id: image.id,
    url: absoluteUrl(image.src, siteUrl),
    width: image.width,
    height: image.height,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
    variants: image.candidates.map((candidate) => ({
      url: absoluteUrl(candidate.url, siteUrl),
      width: candidate.width,
      height: scaledHeight(image.width, image.height, candidate.width),
    })),
  };
}
