import { describe, expect, it } from "vitest";
import { retractionHtml } from "@/lib/content/retraction-page";
import { getMessages } from "@/lib/i18n";

const retraction = { id: 7, title: "一篇<报道>", at: "2022-08-05T05:48:00.000Z", note: "数据有误" };
const site = { name: "Masthead", timeZone: "Asia/Shanghai" };

describe("the retraction notice", () => {
  it("reads as before in Chinese", () => {
    const html = retractionHtml(retraction, site, getMessages("zh-CN"));
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<title>已撤稿:一篇&lt;报道&gt; - Masthead</title>");
    expect(html).toContain(
      '<p>《一篇&lt;报道&gt;》已于 <time datetime="2022-08-05T05:48:00.000Z">2022年08月05日 13:48</time> 撤稿。</p>',
    );
    expect(html).toContain("<p>撤稿说明:数据有误</p>");
  });

  it("follows the language setting", () => {
    const html = retractionHtml(retraction, site, getMessages("en"));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h1>This article has been retracted</h1>");
    expect(html).toContain("Aug 5, 2022 13:48");
  });
});
