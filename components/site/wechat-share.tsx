import type { ShareImage } from "@/lib/seo/share-image";

/**
 * What WeChat's in-app browser shares when the site configures no JS-SDK: the page's title and
 * description meta, and the first image of at least 300×300 in the page (older versions) or an
 * `itemprop="image"` (newer ones). Readers never see it (`hidden`); the square is the page's first
 * image because this comes before the article. Its address is relative so the page's own origin
 * serves it (CSP img-src 'self', whichever edge the page came through); the meta carries it absolute.
 * It still loads (older WeChat measures the loaded image), but at low priority: without it React would
 * put a `<link rel="preload">` for it in the head, ahead of what the reader came for.
 */
export function WeChatShare({ title, description, image }: { title: string; description: string; image: ShareImage }) {
  const path = new URL(image.url).pathname + new URL(image.url).search;
  return (
    <div hidden itemScope data-testid="wechat-share">
      <meta itemProp="name" content={title} />
      <meta itemProp="description" content={description} />
      <meta itemProp="image" content={image.url} />
      {/* eslint-disable-next-line @next/next/no-img-element -- a fixed-size card, never shown */}
      <img src={path} width={image.width} height={image.height} alt="" decoding="async" fetchPriority="low" />
    </div>
  );
}
