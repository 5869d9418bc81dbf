import type { PublicArticle } from "@/lib/content/article-view";
import { textToDoc } from "@/lib/newsroom/body";
import { BUILT_IN_ROLES } from "@/lib/newsroom/credits";

/** A public article as pages and feeds receive it, with every optional part filled in. */
export function samplePublicArticle(overrides: Partial<PublicArticle> = {}): PublicArticle {
  return {
    id: 7,
    kicker: "抗疫一线",
    title: "龙泉驿区 <工商联> & “同心战疫”",
    subtitle: "商会在行动",
    summary: "龙泉驿区工商联全力以赴助力打赢疫情防控阻击战。",
    source: "中华工商网",
    sourceUrl: null,
    reprint: null,
    publishedAt: "2022-08-05T05:48:00.000Z",
    featuredAt: null,
    modifiedAt: "2022-08-06T01:00:00.000Z",
    credits: [
      { personId: 1, role: BUILT_IN_ROLES.REPORTER, name: "陈明", affiliation: "中华工商时报" },
      { personId: 2, role: BUILT_IN_ROLES.REPORTER, name: "李华", affiliation: "中华工商时报" },
      { personId: 3, role: BUILT_IN_ROLES.CORRESPONDENT, name: "苏显中" },
      { personId: 5, role: BUILT_IN_ROLES.PHOTOGRAPHER, name: "赵敏" },
      { personId: 4, role: BUILT_IN_ROLES.EDITOR, name: "张晖" },
    ],
    section: { slug: "economy", name: "经济" },
    tags: [
      { slug: "疫情防控", name: "疫情防控" },
      { slug: "商会", name: "商会" },
    ],
    corrections: [{ kind: "CORRECTION", text: "此前误将“廖生权”写作“廖升权”。", at: "2022-08-06T01:00:00.000Z" }],
    body: textToDoc("第一段 ]]> 不会截断 CDATA。\n## 小标题\n<script>alert(1)</script>"),
    cover: {
      id: 9,
      src: "/media/a/960.webp",
      width: 960,
      height: 540,
      srcset: "/media/a/480.webp 480w, /media/a/960.webp 960w",
      candidates: [
        { url: "/media/a/480.webp", width: 480 },
        { url: "/media/a/960.webp", width: 960 },
      ],
      alt: "志愿者在核酸检测点",
      caption: "志愿者在核酸检测点维持秩序",
      credit: "赵敏",
      large: { url: "/media/a/1280.webp", width: 1280, height: 720, mimeType: "image/webp", bytes: 123_456 },
      thumb: { url: "/media/a/320.webp", width: 320, height: 180, mimeType: "image/webp", bytes: 12_345 },
    },
    images: {},
    ...overrides,
  };
}
