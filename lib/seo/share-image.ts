// Which picture an article is shared with, everywhere readers share it: its cover when the cover is
// big enough for a large card, else a card generated from its headline (app/(site)/articles/[id]/cards).
// Pure: the page's metadata, its JSON-LD and WeChat's hidden image all read the same answer.
import { createHash } from "node:crypto";
import { articlePath, type PublicArticle } from "@/lib/content/article-view";
import { absoluteUrl } from "@/lib/media/urls";

/**
 * The generated card's sizes. 1200×630 is the large card of Open Graph and X; 16:9, 4:3 and 1:1 are the
 * ratios Google asks for in an article's JSON-LD; 600×600 is the square WeChat's in-app browser picks
 * up (it wants one of at least 300×300), small enough that readers' browsers fetch little.
 */
export const CARD_SIZES = {
  "1200x630.png": { width: 1200, height: 630 },
  "1200x675.png": { width: 1200, height: 675 },
  "1200x900.png": { width: 1200, height: 900 },
  "1200x1200.png": { width: 1200, height: 1200 },
  "600x600.png": { width: 600, height: 600 },
} as const;

export type CardSize = keyof typeof CARD_SIZES;

export const isCardSize = (value: string): value is CardSize => Object.hasOwn(CARD_SIZES, value);

/** Smallest cover that still makes a large card (X asks for 300×157, Facebook for 600×315 to show it large). */
const MIN_COVER = { width: 600, height: 315 };

export interface ShareImage {
  /** Absolute: crawlers of other sites fetch it. */
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export interface ShareImages {
  /** og:image and twitter:image. */
  large: ShareImage;
  /** WeChat's square. */
  square: ShareImage;
  /** JSON-LD `image`, best first. */
  structured: ShareImage[];
  /** Whether `large` is the article's own cover rather than a generated card. */
  fromCover: boolean;
}

type Shared = Pick<PublicArticle, "id" | "title" | "section" | "cover">;

/**
 * Changes whenever what the card shows changes, so that platforms which keep images by address (most
 * do, for days) fetch the new card; the server itself re-renders it when the article's tag expires.
 */
export function cardVersion(article: Pick<Shared, "title" | "section">, siteName: string): string {
  return createHash("sha256")
    .update(JSON.stringify([article.title, article.section?.name ?? null, siteName]))
    .digest("base64url")
    .slice(0, 10);
}

export function cardPath(id: number, size: CardSize): string {
  return `${articlePath(id)}/cards/${size}`;
}

export function articleShareImages(article: Shared, site: { url: string; name: string }): ShareImages {
  const version = cardVersion(article, site.name);
  const card = (size: CardSize): ShareImage => ({
    url: absoluteUrl(`${cardPath(article.id, size)}?v=${version}`, site.url),
    ...CARD_SIZES[size],
    type: "image/png",
    alt: article.title,
  });
  const cover = article.cover?.large;
  const coverFits = !!cover && cover.width >= MIN_COVER.width && cover.height >= MIN_COVER.height;
  if (article.cover && cover && coverFits) {
    const image: ShareImage = {
      url: absoluteUrl(cover.url, site.url),
      width: cover.width,
      height: cover.height,
      type: cover.mimeType,
      alt: article.cover.alt || article.title,
    };
    return { large: image, square: card("600x600.png"), structured: [image], fromCover: true };
  }
  return {
    large: card("1200x630.png"),
    square: card("600x600.png"),
    structured: [card("1200x675.png"), card("1200x900.png"), card("1200x1200.png")],
    fromCover: false,
  };
}
