// Connects the body renderer (lib/newsroom/body/html.ts, which does no I/O) to the library records a
// page already loaded: an image with a known mediaId gets its resized copies as srcset.
import type { HtmlOptions } from "@/lib/newsroom/body";
import { SIZES } from "./variants";
import type { MediaImage } from "./view";

/**
 * `address` rewrites every image address, e.g. to absolute URLs for a feed, which is read away from
 * the site; for pages it is left out and addresses stay as stored.
 */
export function bodyImageResolver(
  images: Record<string, MediaImage>,
  address?: (url: string) => string,
): NonNullable<HtmlOptions["resolveImage"]> {
  const at = address ?? ((url: string) => url);
  return (attrs) => {
    const media = attrs.mediaId ? images[String(attrs.mediaId)] : undefined;
    if (!media) return address ? { src: at(attrs.src) } : undefined;
    return {
      src: at(media.src),
      width: media.width,
      height: media.height,
      srcset: media.candidates.map((candidate) => ({ url: at(candidate.url), width: candidate.width })),
      sizes: SIZES.article,
      alt: media.alt,
    };
  };
}
