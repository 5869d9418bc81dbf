import { describe, expect, it } from "vitest";
import { bodyDocSchema, docToHtml, docToText, textToDoc } from "@/lib/newsroom/body";

describe("article body", () => {
  it("reads the editing format: one paragraph per line, ## for subheadings", () => {
    const doc = textToDoc("  第一段,有逗号。\n\n## 小标题\n\r\n\u3000\u3000第二段\n### 三级");
    expect(doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "第一段,有逗号。" }] },
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "小标题" }] },
      { type: "paragraph", content: [{ type: "text", text: "第二段" }] },
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "三级" }] },
    ]);
    expect(textToDoc(docToText(doc))).toEqual(doc);
  });

  it("escapes everything a writer types when rendering HTML", () => {
    const html = docToHtml(textToDoc(`<script>alert(1)</script>\n## <img src=x onerror="alert(1)">`));
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<h2>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</h2>",
    );
  });

  it("rejects node types outside the allow-list", () => {
    expect(bodyDocSchema.safeParse({ type: "doc", content: [{ type: "html", text: "<b>x</b>" }] }).success).toBe(false);
    expect(
      bodyDocSchema.safeParse({ type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [] }] })
        .success,
    ).toBe(false);
  });
});
