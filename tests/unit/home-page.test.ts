// The home page as readers get it, rendered on the server with its data stubbed: an empty block must
// not contradict the page (no "nothing published yet" under a published lead story).
import { renderToReadableStream } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { PublicArticle } from "@/lib/content/article-view";
import type { PopularArticle } from "@/lib/content/popular-queries";
import type { HomePage as HomeData } from "@/lib/content/queries";
import { getMessages } from "@/lib/i18n";

const home = vi.hoisted(() => ({ data: null as HomeData | null }));
vi.mock("@/lib/content/articles", () => ({
  getHomePage: async () => home.data,
  getSiteSettings: async () => ({ bylineStyle: "zh", language: "zh-CN" }),
}));
const popular = vi.hoisted(() => ({
  lists: { day: [], week: [] } as { day: PopularArticle[]; week: PopularArticle[] },
}));
vi.mock("@/lib/content/popular", () => ({ getPopular: async () => popular.lists }));
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

  it("shows 热门 for 24 hours and 7 days, ranked, only when there are views", async () => {
    const empty = await render({ lead: article(1, "头条"), featured: [], latest: [], sections: [] });
    expect(empty).not.toContain('data-testid="popular"');
    popular.lists = {
      day: [
        { id: 5, title: "今天最热", views: 9 },
        { id: 6, title: "今天第二", views: 3 },
      ],
      week: [{ id: 7, title: "本周最热", views: 40 }],
    };
    const html = await render({ lead: article(1, "头条"), featured: [], latest: [], sections: [] });
    popular.lists = { day: [], week: [] };
    const views = getMessages("zh-CN").views.popular;
    expect(html).toContain(`>${views.title}</h2>`);
    expect(html.indexOf("今天最热")).toBeLessThan(html.indexOf("今天第二"));
    expect(html).toContain('href="/articles/7"');
    expect(html.indexOf(views.day)).toBeLessThan(html.indexOf("今天最热"));
    expect(html.indexOf(views.week)).toBeLessThan(html.indexOf("本周最热"));
  });

  it("with nothing published, says so once", async () => {
    const html = await render({ lead: null, featured: [], latest: [], sections: [] });
    expect(count(html, m.empty)).toBe(1);
  });
});
