// The video allow-list: what a writer pastes (a page address, a player address, a provider's embed
// code) becomes provider + id, and everything else is refused with its reason. Addresses readers get
// are built from the table only.
import { describe, expect, it } from "vitest";
import {
  isVideoRef,
  parseVideoInput,
  VIDEO_FRAME_ORIGINS,
  VIDEO_PROVIDER_KEYS,
  VIDEO_PROVIDERS,
  type VideoInputError,
  type VideoRef,
} from "@/lib/newsroom/body";

const accepted: Array<[string, VideoRef]> = [
  // bilibili
  ["https://www.bilibili.com/video/BV1GJ411x7h7/", { provider: "bilibili", id: "BV1GJ411x7h7" }],
  ["https://www.bilibili.com/video/BV1GJ411x7h7?p=2&spm_id_from=333.788", { provider: "bilibili", id: "BV1GJ411x7h7" }],
  ["www.bilibili.com/video/BV1GJ411x7h7", { provider: "bilibili", id: "BV1GJ411x7h7" }],
  ["https://m.bilibili.com/video/BV1GJ411x7h7", { provider: "bilibili", id: "BV1GJ411x7h7" }],
  ["https://www.bilibili.com/video/av170001", { provider: "bilibili", id: "av170001" }],
  ["BV1GJ411x7h7", { provider: "bilibili", id: "BV1GJ411x7h7" }],
  [
    '<iframe src="//player.bilibili.com/player.html?isOutside=true&aid=80433022&bvid=BV1GJ411x7h7&cid=137649199&p=1" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true"></iframe>',
    { provider: "bilibili", id: "BV1GJ411x7h7" },
  ],
  [
    '<iframe src="https://player.bilibili.com/player.html?aid=170001&amp;page=1"></iframe>',
    { provider: "bilibili", id: "av170001" },
  ],
  // 腾讯视频
  ["https://v.qq.com/x/page/m00253deqqo.html", { provider: "qq", id: "m00253deqqo" }],
  ["https://v.qq.com/x/cover/mzc00200mp8vo9b/n0046x6vbvp.html", { provider: "qq", id: "n0046x6vbvp" }],
  ["https://v.qq.com/x/cover/mzc00200mp8vo9b.html?vid=n0046x6vbvp", { provider: "qq", id: "n0046x6vbvp" }],
  ["https://m.v.qq.com/x/m/play?cid=mzc00200mp8vo9b&vid=n0046x6vbvp", { provider: "qq", id: "n0046x6vbvp" }],
  [
    '<iframe frameborder="0" src="https://v.qq.com/txp/iframe/player.html?vid=m00253deqqo" allowFullScreen="true"></iframe>',
    { provider: "qq", id: "m00253deqqo" },
  ],
  // 优酷
  ["https://v.youku.com/v_show/id_XNTkxNjY5NjQ0MA==.html", { provider: "youku", id: "XNTkxNjY5NjQ0MA==" }],
  [
    "https://v.youku.com/v_show/id_XNTkxNjY5NjQ0MA%3D%3D.html?spm=a2hja.14919748",
    { provider: "youku", id: "XNTkxNjY5NjQ0MA==" },
  ],
  ["https://m.youku.com/alipay_video/id_XNTkxNjY5NjQ0MA==.html", { provider: "youku", id: "XNTkxNjY5NjQ0MA==" }],
  [
    "<iframe height=498 width=510 src='https://player.youku.com/embed/XNTkxNjY5NjQ0MA==' frameborder=0 'allowfullscreen'></iframe>",
    { provider: "youku", id: "XNTkxNjY5NjQ0MA==" },
  ],
  // YouTube
  ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", { provider: "youtube", id: "dQw4w9WgXcQ" }],
  ["https://youtu.be/dQw4w9WgXcQ?si=abc", { provider: "youtube", id: "dQw4w9WgXcQ" }],
  ["https://m.youtube.com/watch?v=dQw4w9WgXcQ", { provider: "youtube", id: "dQw4w9WgXcQ" }],
  ["https://www.youtube.com/shorts/dQw4w9WgXcQ", { provider: "youtube", id: "dQw4w9WgXcQ" }],
  ["https://www.youtube.com/live/dQw4w9WgXcQ", { provider: "youtube", id: "dQw4w9WgXcQ" }],
  [
    '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?si=x" title="YouTube video player" allow="autoplay" allowfullscreen></iframe>',
    { provider: "youtube", id: "dQw4w9WgXcQ" },
  ],
];

const refused: Array<[string, VideoInputError]> = [
  ["", "empty"],
  ["   ", "empty"],
  ["看这个视频", "notAddress"],
  ["javascript:alert(1)", "notAllowed"],
  ["JaVaScRiPt:alert(1)", "notAllowed"],
  ["java\tscript:alert(1)", "notAddress"],
  ["data:text/html,<script>alert(1)</script>", "notAllowed"],
  ["ftp://www.bilibili.com/video/BV1GJ411x7h7", "notAllowed"],
  ["https://vimeo.com/76979871", "notAllowed"],
  ["https://www.bilibili.com.evil.example/video/BV1GJ411x7h7", "notAllowed"],
  ["https://evil.example/?u=https://www.bilibili.com/video/BV1GJ411x7h7", "notAllowed"],
  ["https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ", "notAllowed"],
  ["https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ", "notAllowed"],
  ["https://b23.tv/av170001", "shortLink"],
  ["https://www.bilibili.com/", "noVideo"],
  ["https://space.bilibili.com/123", "notAllowed"],
  ["https://v.qq.com/x/cover/mzc00200mp8vo9b.html", "noVideo"],
  ["https://www.youtube.com/channel/UC123", "noVideo"],
  ["https://v.youku.com/v_show/id_.html", "noVideo"],
  // Id injection: whatever comes where an id should be must be exactly an id.
  ['https://www.bilibili.com/video/BV1GJ411x7h7"><script>alert(1)</script>', "noVideo"],
  ["https://www.bilibili.com/video/..%2F..%2Fetc%2Fpasswd", "noVideo"],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="alert(1)', "noVideo"],
  ["https://www.youtube.com/embed/../../evil", "noVideo"],
  ["https://v.qq.com/txp/iframe/player.html?vid=m00253deqqo%22%3E%3Cscript%3E", "noVideo"],
  ["https://player.youku.com/embed/XNTkxNjY5NjQ0MA==<script>", "noVideo"],
  // Embed code must be one frame and nothing more.
  ["<script>alert(1)</script>", "notEmbed"],
  ['<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><script>alert(1)</script>', "notEmbed"],
  ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', "notEmbed"],
  ['<iframe src="javascript:alert(1)"></iframe>', "notAllowed"],
  ['<iframe src="https://evil.example/embed/dQw4w9WgXcQ"></iframe>', "notAllowed"],
  ['<embed src="https://player.youku.com/player.php/sid/XNTkxNjY5NjQ0MA==/v.swf">', "notEmbed"],
  ['<object data="https://www.youtube.com/v/dQw4w9WgXcQ"></object>', "notEmbed"],
  ["<iframe></iframe>", "notEmbed"],
];

describe("parseVideoInput", () => {
  it.each(accepted)("reads %s", (input, expected) => {
    expect(parseVideoInput(input)).toEqual({ ok: true, video: expected });
  });

  it.each(refused)("refuses %j", (input, error) => {
    expect(parseVideoInput(input)).toEqual({ ok: false, error });
  });

  it("covers every provider in the table, both ways", () => {
    const providers = new Set(accepted.map(([, video]) => video.provider));
    expect([...providers].sort()).toEqual([...VIDEO_PROVIDER_KEYS].sort());
  });

  it("reads back the watch page address of every video it accepts", () => {
    for (const [, video] of accepted) {
      expect(parseVideoInput(VIDEO_PROVIDERS[video.provider].watchUrl(video.id))).toEqual({ ok: true, video });
      expect(parseVideoInput(VIDEO_PROVIDERS[video.provider].embedUrl(video.id))).toEqual({ ok: true, video });
    }
  });
});

describe("provider table", () => {
  it("builds player and page addresses from the templates", () => {
    expect(VIDEO_PROVIDERS.bilibili.embedUrl("BV1GJ411x7h7")).toBe(
      "https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&autoplay=0",
    );
    expect(VIDEO_PROVIDERS.bilibili.embedUrl("av170001")).toBe(
      "https://player.bilibili.com/player.html?aid=170001&autoplay=0",
    );
    expect(VIDEO_PROVIDERS.qq.embedUrl("m00253deqqo")).toBe(
      "https://v.qq.com/txp/iframe/player.html?vid=m00253deqqo&autoplay=false",
    );
    expect(VIDEO_PROVIDERS.youku.embedUrl("XNTkxNjY5NjQ0MA==")).toBe(
      "https://player.youku.com/embed/XNTkxNjY5NjQ0MA==",
    );
    expect(VIDEO_PROVIDERS.youtube.embedUrl("dQw4w9WgXcQ")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  });

  it("loads every player from an origin listed for frame-src", () => {
    expect(VIDEO_FRAME_ORIGINS).toEqual([
      "https://player.bilibili.com",
      "https://v.qq.com",
      "https://player.youku.com",
      "https://www.youtube-nocookie.com",
    ]);
    for (const [, video] of accepted) {
      const origin = new URL(VIDEO_PROVIDERS[video.provider].embedUrl(video.id)).origin;
      expect(VIDEO_FRAME_ORIGINS).toContain(origin);
    }
  });

  it("knows only exact ids", () => {
    expect(isVideoRef("youtube", "dQw4w9WgXcQ")).toBe(true);
    for (const id of ["dQw4w9WgXc", "dQw4w9WgXcQQ", "dQw4w9WgXc/", '"><script>', "../../../x", ""]) {
      expect(isVideoRef("youtube", id), id).toBe(false);
    }
    expect(isVideoRef("bilibili", "BV1GJ411x7h0")).toBe(false); // 0 is not base58
    expect(isVideoRef("vimeo", "76979871")).toBe(false);
    expect(isVideoRef("__proto__", "x")).toBe(false);
    expect(isVideoRef("toString", "x")).toBe(false);
  });
});
