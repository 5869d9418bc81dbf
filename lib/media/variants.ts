// Which sizes are made of an upload, and which of them a page, a card, a feed or a share preview uses.
import type { MediaVariant } from "./types";

/** Widths made for every upload that is wider; an upload narrower than all of them gets its own width. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const MAX_VARIANT_WIDTH = Math.max(...VARIANT_WIDTHS);

/** The widths to make for an image `width` pixels wide: never upscaled, always including its full width up to the cap. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((candidate) => candidate < width);
  const full = Math.min(width, MAX_VARIANT_WIDTH);
  if (!widths.includes(full)) widths.push(full);
  return widths;
}

/** Height of a copy scaled to `width`, keeping the proportions (as sharp rounds it). */
export function scaledHeight(width: number, height: number, target: number): number {
  return Math.max(1, Math.round((height * target) / width));
}

/** The smallest variant at least `minWidth` wide, else the largest: for a fallback src, feeds and Open Graph. */
export function pickVariant<T extends Pick<MediaVariant, "width">>(
  variants: readonly T[],
  minWidth: number,
): T | undefined {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  return sorted.find((variant) => variant.width >= minWidth) ?? sorted.at(-1);
}

/** A srcset value: each variant's address and width, smallest first. */
export function srcsetOf(variants: ReadonlyArray<{ url: string; width: number }>): string {
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(", ");
}

/** How wide images are drawn, for the sizes attribute. */
export const SIZES = {
  /** Article column: max-w-3xl (48rem) less 2rem of padding. */
  article: "(min-width: 48rem) 44rem, calc(100vw - 2rem)",
  /** A card's thumbnail: w-32 on phones, w-48 from sm up. */
  card: "(min-width: 40rem) 12rem, 8rem",
} as const;
