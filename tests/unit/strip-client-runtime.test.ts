import { describe, expect, it } from "vitest";
import { withoutClientRuntime } from "@/lib/cache/strip-client-runtime";

const PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<link rel="modulepreload" href="/_next/static/chunks/c.js"/>
<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>
<link rel="canonical" href="https://news.example.com/articles/1"/></head>
<body><main><h1>标题</h1><p>正文 &lt;script&gt; 不是脚本</p></main>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"标题"}</script>
<script data-masthead="" src="/live.js" defer=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">self.__next_r="x"</script>
<script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script></body></html>`;

describe("public pages without the client runtime", () => {
  const html = withoutClientRuntime(PAGE);

  it("drop Next's scripts, their preloads and the inline page data", () => {
    expect(html).not.toMatch(/_next\/static\/chunks\/[bcp]\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("__next_r");
  });

  it("keep the content, the styles, the links, structured data and Masthead's own enhancements", () => {
    expect(html).toContain("<h1>标题</h1><p>正文 &lt;script&gt; 不是脚本</p>");
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<link rel="canonical"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"标题"}</script>');
    expect(html).toContain('<script data-masthead="" src="/live.js" defer=""></script>');
  });
});
