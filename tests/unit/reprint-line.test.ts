// The public reprint line, in each interface language; a link that is not a web address is no link.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReprintLine } from "@/components/site/reprint-line";
import { getMessages } from "@/lib/i18n";

const reprint = { author: "李华", title: "原来的标题", url: "https://www.example.com.cn/news/1.html" };
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the reprint line", () => {
  it("names the source, the original title, author and link in Chinese", () => {
    const html = renderToStaticMarkup(
      ReprintLine({ article: { source: "新华社", reprint }, labels: getMessages("zh-CN").words.reprint }),
    );
    expect(text(html)).toBe("转载自新华社(原标题《原来的标题》,原作者:李华,原文链接)");
    expect(html).toContain('href="https://www.example.com.cn/news/1.html"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it("reads in English in English mode, and falls back to the link's host without a source", () => {
    const html = renderToStaticMarkup(
      ReprintLine({ article: { source: null, reprint }, labels: getMessages("en").words.reprint }),
    );
    expect(text(html)).toBe(
      "Reprinted from www.example.com.cn (original title “原来的标题”, by 李华, original article)",
    );
  });

  it("shows nothing for the newsroom's own story, and no link for an address that is not http(s)", () => {
    const labels = getMessages("zh-CN").words.reprint;
    expect(ReprintLine({ article: { source: "新华社", reprint: null }, labels })).toBeNull();
    const html = renderToStaticMarkup(
      ReprintLine({
        article: { source: "新华社", reprint: { author: "李华", title: null, url: "javascript:alert(1)" } },
        labels,
      }),
    );
    expect(html).not.toContain("<a");
    expect(text(html)).toBe("转载自新华社(原作者:李华)");
  });
});
