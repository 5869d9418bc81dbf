// The editor as Chinese writers use it: pinyin input through the IME, full-width punctuation, and
// text pasted from Word.
import { expect, test } from "./support/test";
import { signIn } from "./support/auth";

test.beforeEach(async ({ page }) => {
  await signIn(page, undefined, "/admin/articles/new");
});

async function bodyJson(page: import("@playwright/test").Page) {
  return JSON.parse(await page.locator('input[name="body"]').inputValue()) as {
    content: Array<{ type: string; content?: Array<{ text: string }> }>;
  };
}

test("pinyin composition through the IME loses and duplicates nothing", async ({ page }) => {
  const editor = page.getByTestId("rich-editor");
  await editor.click();
  const cdp = await page.context().newCDPSession(page);
  // Each word is typed as pinyin (the composition grows letter by letter), then committed as Han characters.
  const words: Array<[string, string]> = [
    ["longquan", "龙泉"],
    ["yi", "驿"],
    ["qu", "区"],
    ["gongshanglian", "工商联"],
  ];
  for (const [pinyin, han] of words) {
    for (let length = 1; length <= pinyin.length; length += 1) {
      const text = pinyin.slice(0, length);
      await cdp.send("Input.imeSetComposition", { text, selectionStart: length, selectionEnd: length });
    }
    await cdp.send("Input.insertText", { text: han });
  }
  await page.keyboard.type(",全力以赴。");
  await cdp.send("Input.imeSetComposition", { text: "wancheng", selectionStart: 8, selectionEnd: 8 });
  await cdp.send("Input.insertText", { text: "完成" });
  await page.keyboard.type("“最后一公里”!");

  const expected = "龙泉驿区工商联,全力以赴。完成“最后一公里”!";
  await expect(editor).toHaveText(expected);
  const doc = await bodyJson(page);
  expect(doc.content.map((block) => block.content?.map((node) => node.text).join("")).join("")).toBe(expected);
});

test("text pasted from Word keeps its words and structure but none of Word's markup", async ({ page }) => {
  const editor = page.getByTestId("rich-editor");
  await editor.click();
  const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head>
<body><!--StartFragment--><p class=MsoNormal style='mso-margin-top-alt:auto;font-family:"宋体"'><span lang=ZH-CN style='font-size:12.0pt'>第一段<b>加粗</b>文字。<o:p></o:p></span></p>
<h2 style='mso-outline-level:2'><span>小标题</span></h2>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span><![endif]>第一条</p>
<p class=MsoNormal><span style='color:red' onclick="alert(1)">第二段,含“引号”。</span><script>alert(1)</script></p><!--EndFragment--></body></html>`;
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "第一段加粗文字。");
    document
      .querySelector('[data-testid="rich-editor"]')
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, wordHtml);

  await expect(editor).toContainText("第一段加粗文字。");
  await expect(editor.locator("h2")).toHaveText("小标题");
  await expect(editor.locator("strong, b")).toHaveText("加粗");
  await expect(editor).toContainText("第二段,含“引号”。");
  const html = await editor.innerHTML();
  expect(html).not.toMatch(/mso-|MsoNormal|<o:p|onclick|<script|style=/i);
});
