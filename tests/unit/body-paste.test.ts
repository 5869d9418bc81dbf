import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "@/components/admin/rich-editor/paste";

// Trimmed from what Word for Windows puts on the clipboard (text/html).
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset=utf-8><title>doc</title><style><!-- p.MsoNormal {mso-style-parent:""; font-family:宋体;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span lang=EN-US style='font-family:宋体'>标题<o:p></o:p></span></h1>
<p class=MsoNormal><span style='font-family:宋体;mso-ascii-font-family:Calibri'>新华社北京电，<b><span style='mso-bidi-font-weight:normal'>重要</span></b><span style='font-style:italic'>斜体</span>。<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:宋体'>第一点</span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:宋体'>第二点</span></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span style='font:7.0pt'>&nbsp;</span></span>有序一</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>（二）</span><![endif]>有序二</p>
<p class=MsoNormal><a href="https://www.xinhuanet.com/"><span style='color:blue'>链接</span></a><a name="_Toc1"></a><font face="宋体">字体</font><img width=100 height=50 src="file:///C:/Users/x/image001.png"><![if !vml]><img src="https://img.example.com/b.png" alt="图" v:shapes="_x0000_i1025"><![endif]></p>
<!--EndFragment-->
</body></html>`;

// Trimmed from what Google Docs puts on the clipboard.
const GOOGLE_DOCS =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234">' +
  '<h2 dir="ltr" style="line-height:1.38"><span style="font-size:16pt;font-family:Arial">小标题</span></h2>' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:700;vertical-align:baseline">粗体</span>' +
  '<span style="font-size:11pt;font-style:italic">斜体</span><span style="font-size:11pt;font-weight:700;font-style:italic">都有</span><span style="font-size:11pt">普通</span></p>' +
  '<ul style="margin-top:0"><li dir="ltr" style="list-style-type:disc" aria-level="1"><p dir="ltr" role="presentation"><span>项目</span></p></li></ul>' +
  '<h4 dir="ltr"><span>四级</span></h4><br></b>';

const WEB_PAGE =
  '<div class="article" id="main" data-track="1"><h2 class="title" style="color:red">标题</h2>' +
  '<script>track()</script><style>.x{}</style><noscript><img src="https://t.example/pixel"></noscript>' +
  '<p class="lead" onclick="steal()">正文<a href="javascript:alert(1)" target="_blank">坏链接</a>' +
  '<a href="https://example.com/?a=1&amp;b=2" rel="nofollow" class="ext" onmouseover="x()">好链接</a></p>' +
  '<figure class="photo"><img src="https://img.example.com/a.jpg" alt="会场" width="600" srcset="a.jpg 2x" onerror="x()"><figcaption>说明</figcaption></figure>' +
  '<ol start="3" type="a"><li class="item">三</li></ol><blockquote cite="https://x.example"><p>引</p></blockquote>' +
  '<iframe src="https://video.example/embed"></iframe><img src="data:image/png;base64,AAAA"><hr class="sep"></div>';

describe("cleanPastedHtml", () => {
  it("reduces Word's clipboard to plain elements, lists included", () => {
    expect(cleanPastedHtml(WORD).replace(/\s+</g, "<").trim()).toBe(
      [
        "<h2>标题</h2>",
        "<p>新华社北京电，<strong>重要</strong><em>斜体</em>。</p>",
        "<ul><li>第一点</li><li>第二点</li></ul>",
        "<ol><li>有序一</li><li>有序二</li></ol>",
        '<p><a href="https://www.xinhuanet.com/">链接</a>字体<img src="https://img.example.com/b.png" alt="图"></p>',
      ].join(""),
    );
  });

  it("keeps Google Docs' bold and italic, which it writes as inline styles", () => {
    expect(cleanPastedHtml(GOOGLE_DOCS)).toBe(
      "<h2>小标题</h2><p><strong>粗体</strong><em>斜体</em><strong><em>都有</em></strong>普通</p>" +
        "<ul><li><p>项目</p></li></ul><h3>四级</h3><br>",
    );
  });

  it("strips web page chrome, scripts, handlers and unsafe URLs", () => {
    expect(cleanPastedHtml(WEB_PAGE)).toBe(
      "<div><h2>标题</h2>" +
        '<p>正文坏链接<a href="https://example.com/?a=1&amp;b=2">好链接</a></p>' +
        '<figure><img src="https://img.example.com/a.jpg" alt="会场" width="600"><figcaption>说明</figcaption></figure>' +
        '<ol start="3"><li>三</li></ol><blockquote><p>引</p></blockquote><hr></div>',
    );
  });

  it("does not count mso-bidi-font-weight as bold", () => {
    expect(cleanPastedHtml("<p><span style='mso-bidi-font-weight:bold'>x</span></p>")).toBe("<p>x</p>");
  });

  it("keeps full-width punctuation and entities as they were", () => {
    const html = "<p>“引号”、顿号，（括号）——破折号……省略号！&lt;不是标签&gt;</p>";
    expect(cleanPastedHtml(html)).toBe(html);
  });

  it("does not let removed pieces join into markup", () => {
    expect(cleanPastedHtml("<<o:p></o:p>script>alert(1)<<o:p></o:p>/script>")).toBe("&lt;script>alert(1)&lt;/script>");
    expect(cleanPastedHtml("<scr<script></script>ipt>alert(1)</script>")).not.toMatch(/<script/i);
  });

  it("turns an allowed provider's player frame into a video, and keeps the table's spans", () => {
    const pasted =
      '<p>前文</p><iframe src="//player.bilibili.com/player.html?bvid=BV1GJ411x7h7&amp;p=1" allowfullscreen></iframe>' +
      '<iframe src="https://evil.example/embed/x"></iframe><iframe src="javascript:alert(1)"></iframe>' +
      '<table style="width:100%"><tr><th colspan="2" style="x" onclick="y()">表头</th></tr><tr><td rowspan="2" class="c">格</td></tr></table>';
    expect(cleanPastedHtml(pasted)).toBe(
      '<p>前文</p><figure data-video-provider="bilibili" data-video-id="BV1GJ411x7h7"></figure>' +
        '<table><tr><th colspan="2">表头</th></tr><tr><td rowspan="2">格</td></tr></table>',
    );
  });
});
