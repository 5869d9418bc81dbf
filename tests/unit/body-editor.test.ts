// The editor and the stored body must agree: everything the body schema accepts loads into the editor's
// ProseMirror schema, and whatever the editor writes (doc.toJSON() is what editor.getJSON() returns)
// normalizes back to the same body. Runs against the real Tiptap extensions; no DOM is needed to build
// a schema or move documents in and out of it.
import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { createEditorExtensions } from "@/components/admin/rich-editor/extensions";
import { bodyDocSchema, normalizeEditorJson, type BodyDoc } from "@/lib/newsroom/body";

const schema = getSchema(createEditorExtensions());

const everything: BodyDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "小标题：全角标点，照样保留！" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "新华社北京电（记者　张三）" },
        { type: "text", text: "重要", marks: [{ type: "bold" }] },
        { type: "text", text: "《书名》", marks: [{ type: "italic" }] },
        { type: "hardBreak" },
        {
          type: "text",
          text: "链接",
          marks: [
            { type: "link", attrs: { href: "https://www.xinhuanet.com/" } },
            { type: "bold" },
            { type: "italic" },
          ],
        },
        { type: "text", text: "站内", marks: [{ type: "link", attrs: { href: "/articles/1" } }] },
      ],
    },
    { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "三级" }] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "甲" }] }] },
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "乙" }] },
            {
              type: "orderedList",
              attrs: { start: 3 },
              content: [
                { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "乙三" }] }] },
              ],
            },
          ],
        },
      ],
    },
    {
      type: "orderedList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "一" }] }] }],
    },
    {
      type: "blockquote",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "“我们会继续努力。”" }] },
        { type: "image", attrs: { src: "/quote.jpg", alt: "" } },
      ],
    },
    { type: "horizontalRule" },
    {
      type: "image",
      attrs: {
        mediaId: 9,
        src: "https://img.example.com/a.jpg",
        alt: "会场",
        caption: "会议现场。",
        credit: "李四",
        width: 1200,
        height: 800,
      },
    },
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "项目" }] }] },
            { type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "金额" }] }] },
          ],
        },
        {
          type: "tableRow",
          content: [
            { type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "捐赠" }] }] },
            { type: "tableCell", content: [{ type: "paragraph" }] },
          ],
        },
        {
          type: "tableRow",
          content: [
            {
              type: "tableCell",
              attrs: { colspan: 2 },
              content: [{ type: "paragraph", content: [{ type: "text", text: "合计" }] }],
            },
          ],
        },
      ],
    },
    { type: "video", attrs: { provider: "bilibili", id: "BV1GJ411x7h7", caption: "现场视频" } },
    { type: "video", attrs: { provider: "youtube", id: "dQw4w9WgXcQ" } },
    {
      type: "pullQuote",
      attrs: { cite: "区工商联主席" },
      content: [{ type: "paragraph", content: [{ type: "text", text: "服务送到门口。" }] }],
    },
    {
      type: "factBox",
      attrs: { label: "背景", title: "专精特新" },
      content: [
        { type: "paragraph", content: [{ type: "text", text: "四个特点。" }] },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "专业化" }] }] },
          ],
        },
      ],
    },
    { type: "paragraph", content: [{ type: "text", text: "完" }] },
  ],
};

describe("editor schema", () => {
  it("has exactly the body's nodes and marks", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        "blockquote",
        "bulletList",
        "doc",
        "hardBreak",
        "heading",
        "horizontalRule",
        "image",
        "listItem",
        "orderedList",
        "paragraph",
        "text",
        "table",
        "tableRow",
        "tableHeader",
        "tableCell",
        "video",
        "pullQuote",
        "factBox",
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });

  it("loads every element of a body and gives it back unchanged after normalizing", () => {
    expect(bodyDocSchema.safeParse(everything).error).toBeUndefined();
    const node = schema.nodeFromJSON(everything);
    node.check();
    const written: unknown = node.toJSON();
    // What the editor writes carries attributes the body does not keep …
    expect(bodyDocSchema.safeParse(written).success).toBe(false);
    // … and normalizing removes exactly those.
    expect(normalizeEditorJson(written)).toEqual(everything);
  });

  it("writes the attribute shapes normalizeEditorJson expects", () => {
    const written = schema.nodeFromJSON(everything).toJSON() as { content: Array<Record<string, unknown>> };
    const link = JSON.stringify(written.content[1]);
    expect(link).toContain('"target":null');
    expect(written.content[4]).toMatchObject({ type: "orderedList", attrs: { start: 1, type: null } });
    expect(written.content.find((block) => block.type === "image")).toEqual({
      type: "image",
      attrs: {
        src: "https://img.example.com/a.jpg",
        alt: "会场",
        width: 1200,
        height: 800,
        mediaId: 9,
        caption: "会议现场。",
        credit: "李四",
      },
    });
  });

  it("writes the richer elements' attributes the way normalizeEditorJson reads them", () => {
    const written = schema.nodeFromJSON(everything).toJSON() as { content: Array<Record<string, unknown>> };
    const byType = (type: string) => written.content.filter((block) => block.type === type);
    expect(JSON.stringify(byType("table")[0])).toContain(
      '"attrs":{"colspan":2,"rowspan":1,"colwidth":null,"align":null}',
    );
    expect(byType("video")[1]).toEqual({
      type: "video",
      attrs: { provider: "youtube", id: "dQw4w9WgXcQ", caption: null },
    });
    expect(byType("pullQuote")[0]?.attrs).toEqual({ cite: "区工商联主席" });
    expect(byType("factBox")[0]?.attrs).toEqual({ label: "背景", title: "专精特新" });
  });

  it("keeps cells, pull quotes and fact boxes to what the body can store", () => {
    const heading = { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "x" }] };
    const cell = { type: "tableCell", content: [heading] };
    const inTable = { type: "table", content: [{ type: "tableRow", content: [cell] }] };
    expect(() => schema.nodeFromJSON({ type: "doc", content: [inTable] }).check()).toThrow();
    expect(() =>
      schema.nodeFromJSON({ type: "doc", content: [{ type: "pullQuote", content: [heading] }] }).check(),
    ).toThrow();
    expect(() =>
      schema
        .nodeFromJSON({ type: "doc", content: [{ type: "factBox", attrs: { label: "资料" }, content: [heading] }] })
        .check(),
    ).toThrow();
  });

  it("round-trips an empty document the way the editor starts it", () => {
    const written: unknown = schema.nodeFromJSON({ type: "doc", content: [{ type: "paragraph" }] }).toJSON();
    expect(normalizeEditorJson(written)).toEqual({ type: "doc", content: [] });
  });
});
