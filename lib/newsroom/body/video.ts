// Video embeds: a body stores which provider and which video (never a URL or HTML from the writer), and
// every address a reader's browser is given is built here from the provider's own templates. The table
// below is the whole allow-list: the parser, the schema, the renderer and the page's frame-src all read it.

export type VideoProvider = "bilibili" | "qq" | "youku" | "youtube";

interface ProviderSpec {
  /** The origin the player frame loads from; a Content-Security-Policy's frame-src lists exactly these. */
  frameOrigin: string;
  /** Whether `id` is a video id of this provider; the only ids ever put into an address. */
  isId(id: string): boolean;
  /** The player page shown in the iframe (no autoplay: the reader asked for the player, not the sound). */
  embedUrl(id: string): string;
  /** The video on the provider's own site: the fallback link, and the feed's text. */
  watchUrl(id: string): string;
}

// Bilibili's BV ids are base58 (no 0, I, O, l); older av ids are numbers.
const BILIBILI_BV = /^BV[1-9A-HJ-NP-Za-km-z]{10}$/;
const BILIBILI_AV = /^av[1-9][0-9]{0,11}$/;
// Tencent Video's vid: eleven lower-case letters and digits (m00253deqqo).
const QQ_VID = /^[a-z0-9]{11}$/;
// Youku's ids are base64 of "X" + a number (XNTkxNjY5NjQ0MA==).
const YOUKU_ID = /^X[A-Za-z0-9]{6,24}={0,2}$/;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

export const VIDEO_PROVIDERS: Readonly<Record<VideoProvider, ProviderSpec>> = {
  bilibili: {
    frameOrigin: "https://player.bilibili.com",
    isId: (id) => BILIBILI_BV.test(id) || BILIBILI_AV.test(id),
    embedUrl: (id) =>
      BILIBILI_AV.test(id)
        ? `https://player.bilibili.com/player.html?aid=${id.slice(2)}&autoplay=0`
        : `https://player.bilibili.com/player.html?bvid=${id}&autoplay=0`,
    watchUrl: (id) => `https://www.bilibili.com/video/${id}/`,
  },
  qq: {
    frameOrigin: "https://v.qq.com",
    isId: (id) => QQ_VID.test(id),
    embedUrl: (id) => `https://v.qq.com/txp/iframe/player.html?vid=${id}&autoplay=false`,
    watchUrl: (id) => `https://v.qq.com/x/page/${id}.html`,
  },
  youku: {
    frameOrigin: "https://player.youku.com",
    isId: (id) => YOUKU_ID.test(id),
    embedUrl: (id) => `https://player.youku.com/embed/${id}`,
    watchUrl: (id) => `https://v.youku.com/v_show/id_${id}.html`,
  },
  youtube: {
    // The privacy-enhanced host: no cookies until the reader plays the video.
    frameOrigin: "https://www.youtube-nocookie.com",
    isId: (id) => YOUTUBE_ID.test(id),
    embedUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
    watchUrl: (id) => `https://www.youtube.com/watch?v=${id}`,
  },
};

export const VIDEO_PROVIDER_KEYS = Object.keys(VIDEO_PROVIDERS) as VideoProvider[];

/** Every origin a body's player frames load from, for a Content-Security-Policy's frame-src. */
export const VIDEO_FRAME_ORIGINS: readonly string[] = VIDEO_PROVIDER_KEYS.map(
  (key) => VIDEO_PROVIDERS[key].frameOrigin,
);

export function isVideoProvider(value: unknown): value is VideoProvider {
  return typeof value === "string" && Object.hasOwn(VIDEO_PROVIDERS, value);
}

/** Whether the pair names a video this table can build addresses for. */
export function isVideoRef(provider: unknown, id: unknown): provider is VideoProvider {
  return isVideoProvider(provider) && typeof id === "string" && VIDEO_PROVIDERS[provider].isId(id);
}

export interface VideoRef {
  provider: VideoProvider;
  id: string;
}

/**
 * Why a pasted address or embed code was refused: nothing given; not an address at all; HTML other than
 * one player iframe; a site outside the allow-list; a short link (its target cannot be known without
 * following it); or an allowed site's page that names no single video.
 */
export type VideoInputError = "empty" | "notAddress" | "notEmbed" | "notAllowed" | "shortLink" | "noVideo";

export type VideoParse = { ok: true; video: VideoRef } | { ok: false; error: VideoInputError };

const SHORT_LINK_HOSTS = new Set(["b23.tv", "www.b23.tv", "bili2233.cn", "url.cn", "w.url.cn", "t.cn"]);

type Reader = (url: URL) => VideoRef | null;

function segments(url: URL): string[] {
  return url.pathname
    .split("/")
    .filter((part) => part !== "")
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

function ref(provider: VideoProvider, id: string | null | undefined): VideoRef | null {
  return id && VIDEO_PROVIDERS[provider].isId(id) ? { provider, id } : null;
}

const readBilibili: Reader = (url) => {
  const bvid = url.searchParams.get("bvid");
  if (bvid) return ref("bilibili", bvid);
  const aid = url.searchParams.get("aid");
  if (aid) return ref("bilibili", `av${aid}`);
  const parts = segments(url);
  const index = parts.indexOf("video");
  // /video/BV1xx411c7mD, /video/av170001; bilibili accepts either case of the "bv" and "av" prefixes.
  const id = index >= 0 ? parts[index + 1]?.replace(/^bv/i, "BV").replace(/^av/i, "av") : undefined;
  return ref("bilibili", id);
};

const readQq: Reader = (url) => {
  const vid = url.searchParams.get("vid");
  if (vid) return ref("qq", vid);
  const parts = segments(url);
  const last = parts.at(-1)?.replace(/\.html$/, "");
  // /x/page/<vid>.html and /x/cover/<cover>/<vid>.html; /x/cover/<cover>.html is a series, not a video.
  if (parts[0] === "x" && (parts[1] === "page" || (parts[1] === "cover" && parts.length === 4))) return ref("qq", last);
  return null;
};

const readYouku: Reader = (url) => {
  const parts = segments(url);
  if (parts[0] === "embed") return ref("youku", parts[1]);
  if (parts[0] === "player.php") return ref("youku", parts[parts.indexOf("sid") + 1]);
  // /v_show/id_<id>.html on the site, /video/id_<id>.html and /alipay_video/id_<id>.html on mobile.
  const page = /^id_(.+?)(?:\.html)?$/.exec(parts.at(-1) ?? "");
  return ref("youku", page?.[1]);
};

const readYoutube: Reader = (url) => {
  if (url.hostname === "youtu.be") return ref("youtube", segments(url)[0]);
  const parts = segments(url);
  if (parts[0] === "watch") return ref("youtube", url.searchParams.get("v"));
  if (["embed", "shorts", "live", "v"].includes(parts[0] ?? "")) return ref("youtube", parts[1]);
  return null;
};

// Exact host names: a suffix test would let "bilibili.com.example" through.
const READERS: ReadonlyMap<string, Reader> = new Map([
  ...["bilibili.com", "www.bilibili.com", "m.bilibili.com", "player.bilibili.com"].map(
    (host) => [host, readBilibili] as const,
  ),
  ...["v.qq.com", "m.v.qq.com"].map((host) => [host, readQq] as const),
  ...["v.youku.com", "m.youku.com", "player.youku.com"].map((host) => [host, readYouku] as const),
  ...[
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
  ].map((host) => [host, readYoutube] as const),
]);

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', "#39": "'", apos: "'", lt: "<", gt: ">" };

/** The src of embed code that is one iframe and nothing else, or null. */
function iframeSrc(html: string): string | null {
  const match = /^<iframe\b([^<>]*)>\s*(?:<\/iframe\s*>)?$/i.exec(html);
  if (!match) return null;
  const src = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(match[1] ?? "");
  const raw = src?.[1] ?? src?.[2] ?? src?.[3];
  return raw === undefined
    ? null
    : raw.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? "");
}

function toUrl(text: string): URL | null {
  // Control characters and spaces are how a scheme is hidden from a check; a real address has none.
  if (/[\p{Cc}\p{Cf}\s]/u.test(text)) return null;
  const withScheme = text.startsWith("//")
    ? `https:${text}`
    : /^[a-z][a-z0-9+.-]*:/i.test(text)
      ? text
      : /^[a-z0-9-]+(\.[a-z0-9-]+)+(?:[/?#]|$)/i.test(text)
        ? `https://${text}`
        : null;
  if (withScheme === null) return null;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/**
 * Reads what a writer pasted (a video page's address, a player address, a provider's iframe embed code,
 * or a bare bilibili BV id) as provider + id. Anything else is refused with the reason.
 */
export function parseVideoInput(input: string): VideoParse {
  const text = input.trim();
  if (text === "") return { ok: false, error: "empty" };
  if (BILIBILI_BV.test(text)) return { ok: true, video: { provider: "bilibili", id: text } };
  let address = text;
  if (text.startsWith("<")) {
    const src = iframeSrc(text);
    if (src === null) return { ok: false, error: "notEmbed" };
    address = src.trim();
  }
  const url = toUrl(address);
  if (!url) return { ok: false, error: "notAddress" };
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, error: "notAllowed" };
  const host = url.hostname.toLowerCase();
  if (SHORT_LINK_HOSTS.has(host)) return { ok: false, error: "shortLink" };
  const reader = READERS.get(host);
  if (!reader || url.username !== "" || url.password !== "" || url.port !== "")
    return { ok: false, error: "notAllowed" };
  const video = reader(url);
  return video ? { ok: true, video } : { ok: false, error: "noVideo" };
}
