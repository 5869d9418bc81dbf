import type { MediaImage } from "@/lib/media/view";
import { photoCreditText } from "@/lib/newsroom/body";

interface Props {
  image: MediaImage;
  /** How wide the image is drawn (see SIZES in lib/media/variants.ts), so the browser picks the right copy. */
  sizes: string;
  /** Above the fold (an article's cover, the first card): load at once instead of lazily. */
  priority?: boolean;
  className?: string;
}

/**
 * A library image with its resized copies. width and height give the page the image's proportions
 * before it loads (no layout shift); CSS sets the drawn size.
 */
export function ResponsiveImage({ image, sizes, priority = false, className }: Props) {
  return (
    // next/image would resize again what the library already resized, and needs every bucket host in
    // next.config; the variants and srcset here do that job.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.src}
      srcSet={image.srcset}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}

/** Caption and photo credit under an image, as body figures print them; `creditLine` comes from the messages. */
export function ImageCaption({
  image,
  creditLine,
  className,
}: {
  image: MediaImage;
  /** The credit template ({credit}) of the interface language. */
  creditLine: string;
  className?: string;
}) {
  if (!image.caption && !image.credit) return null;
  return (
    <figcaption className={className}>
      {image.caption}
      {image.caption && image.credit ? " " : null}
      {image.credit ? <span className="credit">{photoCreditText(image.credit, creditLine)}</span> : null}
    </figcaption>
  );
}
