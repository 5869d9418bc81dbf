// Where browsers fetch stored images. Without a public bucket URL, the site serves them itself under
// /media/<key> (app/media/[...key]/route.ts), with headers that keep them from ever being read as a page.

export const MEDIA_ROUTE = "/media";

export function mediaUrl(key: string, publicBase?: string): string {
  return publicBase ? `${publicBase.replace(/\/+$/, "")}/${key}` : `${MEDIA_ROUTE}/${key}`;
}

/** An absolute URL for feeds and share previews, which are read off the site. */
export function absoluteUrl(url: string, siteUrl: string): string {
  return url.startsWith("/") ? `${siteUrl.replace(/\/+$/, "")}${url}` : url;
}
