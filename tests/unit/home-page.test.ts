// The home page as readers get it, rendered on the server with its data stubbed: an empty block must
// not contradict the page (no "nothing published yet" under a published lead story).
import { renderToReadableStream } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { PublicArticle } from "@/lib/content/article-view";
import type { HomePage as HomeData } from "@/lib/content/queries";
import { getMessages } from "@/lib/i18n";

const home = vi.hoisted(() => ({ data: null as HomeData | null }));
vi.mock("@/lib/content/articles", () => ({
  getHomePage: async () => home.data,
  getSiteSettings: async () => ({ bylineStyle: "zh", language: "zh-CN" }),
}));
vi.mock("@/lib/i18n/server", async () => {
  const { getMessages: messages } = await import("@/lib/i18n");
  return { currentMessages: async () => messages("zh-CN") };
});

const { default: HomePage } = await import("@/app/(site)/[[...front]]/page");
const m = getMessages("zh-CN").site;

function article(id: number, title: string): PublicArticle {
  return {
    id,
    kicker: null,
    title,
    subtitle: null,
    summary: null,
    source: null,
    sourceUrl: null,
    reprint: null,
    publishedAt: "2022-08-05T05:48:00.000Z",
    featuredAt: null,
    modifiedAt: "2022-08-05T05:48:00.000Z",
    credits: [],
    section: null,
    tags: [],
    corrections: [],
    body: { type: "doc", content: [] },
    cover: null,
    images: {},
  };
}

async function render(data: HomeData): Promise<string> {
  home.data = data;
  const page = await HomePage({ params: Promise.resolve({}) } as Parameters<typeof HomePage>[0]);
  const stream = await renderToReadableStream(page);
  await stream.allReady;
  return new Response(stream).text();
}

const count = (html: string, text: string) => html.split(text).length - 1;

describe("the home page", () => {
  it("with one article, shows it as the lead and no empty 'latest' block", async () => {
    const html = await render({ lead: article(1, "唯一的头条"), featured: [], latest: [], sections: [] });
    expect(html).toContain("唯一的头条");
    expect(html).not.toContain(m.empty);
    expect(html).not.toContain(m.latest);
  });

  it("lists the latest under their heading when there are more", async () => {
    const html = await render({
      lead: article(1, "头条"),
      featured: [],
      latest: [article(2, "第二篇"), article(3, "第三篇")],
      sections: [],
    });
    expect(html).toContain(m.latest);
    expect(html).toContain("第二篇");
    expect(html).toContain("第三篇");
  });

  it("with nothing published, says so once", async () => {
    const html = await render({ lead: null, featured: [], latest: [], sections: [] });
    expect(count(html, m.empty)).toBe(1);
  });
});
