// Body images from the media library: the renderer gets their copies from a resolver (no I/O of its own)
// and checks and escapes what it gets exactly as it does the stored attributes.
import { describe, expect, it } from "vitest";
import { bodyImageResolver } from "@/lib/media/body-resolver";
import { bodyImages, imageName, mediaIdsIn } from "@/lib/media/body-images";
import { absoluteUrl } from "@/lib/media/urls";
import type { MediaImage } from "@/lib/media/view";
import { bodyDocSchema, docToHtml, type BodyDoc } from "@/lib/newsroom/body";

const KEY = "0123456789abcdef01234567";

function media(overrides: Partial<MediaImage> = {}): MediaImage {
  const file = (width: number) => ({
    url: `/media/${KEY}/${width}w.jpg`,
    width,
    height: width / 2,
    mimeType: "image/jpeg",
    bytes: width * 10,
  });
  return {
    id: 12,
    src: `/media/${KEY}/960w.jpg`,
    width: 960,
    height: 480,
    srcset: "",
    candidates: [320, 640, 960].map((width) => ({ url: `/media/${KEY}/${width}w.jpg`, width })),
    alt: "库中的替代文字",
    caption: "库中的说明",
    credit: "王五",
    large: file(960),
    thumb: file(320),
    ...overrides,
  };
}

const doc = (...content: unknown[]): BodyDoc => bodyDocSchema.parse({ type: "doc", content });
const image = (attrs: Record<string, unknown>) => ({
  type: "image",
  attrs: { src: `/media/${KEY}/960w.jpg`, alt: "", ...attrs },
});

describe("body images with library copies", () => {
  it("render srcset, sizes, width and height, lazily and asynchronously decoded", () => {
    const body = doc(image({ mediaId: 12, alt: "会场全景", caption: "大会现场", credit: "李四" }));
    const html = docToHtml(body, { resolveImage: bodyImageResolver({ 12: media() }) });
    expect(html).toBe(
      `<figure><img src="/media/${KEY}/960w.jpg" alt="会场全景"` +
        ` srcset="/media/${KEY}/320w.jpg 320w, /media/${KEY}/640w.jpg 640w, /media/${KEY}/960w.jpg 960w"` +
        ` sizes="(min-width: 48rem) 44rem, calc(100vw - 2rem)" width="960" height="480" loading="lazy" decoding="async">` +
        `<figcaption>大会现场 <span class="credit">摄影 李四</span></figcaption></figure>`,
    );
  });

  it("use the library's alt text when the body's own is empty, and stay as stored without a record", () => {
    const body = doc(image({ mediaId: 12 }), image({ mediaId: 99, width: 640, height: 320 }), image({}));
    const html = docToHtml(body, { resolveImage: bodyImageResolver({ 12: media() }) });
    const imgs = html.match(/<img [^>]*>/g) ?? [];
    expect(imgs[0]).toContain('alt="库中的替代文字"');
    expect(imgs[1]).toBe(
      `<img src="/media/${KEY}/960w.jpg" alt="" width="640" height="320" loading="lazy" decoding="async">`,
    );
    expect(imgs[2]).not.toContain("srcset");
    // Without a resolver at all (admin previews), the stored attributes are all there is.
    expect(docToHtml(body)).not.toContain("srcset");
  });

  it("escape everything from the library and drop candidates that could break out of srcset", () => {
    const hostile = media({
      alt: '"><script>alert(1)</script>',
      src: `/media/${KEY}/960w.jpg?"onerror="alert(1)`,
      candidates: [
        { url: "javascript:alert(1)", width: 320 },
        { url: "/a.jpg 1x, javascript:alert(2)", width: 640 },
        { url: "/b.jpg,/c.jpg", width: 700 },
        { url: `/media/${KEY}/960w.jpg?a=<b>&c`, width: 960 },
        { url: "/ok.jpg", width: -5 },
      ],
    });
    const html = docToHtml(doc(image({ mediaId: 12 })), {
      resolveImage: bodyImageResolver({ 12: hostile }),
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain('"onerror=');
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain(`srcset="/media/${KEY}/960w.jpg?a=&lt;b&gt;&amp;c 960w"`);
  });

  it("ignore a resolution whose address is not an image address, keeping the stored one", () => {
    const html = docToHtml(doc(image({ mediaId: 12, alt: "x" })), {
      resolveImage: () => ({ src: "javascript:alert(1)", width: 10, srcset: [{ url: "/evil.jpg", width: 10 }] }),
    });
    expect(html).toBe(`<figure><img src="/media/${KEY}/960w.jpg" alt="x" loading="lazy" decoding="async"></figure>`);
  });

  it("make every address absolute for feeds", () => {
    const site = "https://news.example.com";
    const resolve = bodyImageResolver({ 12: media() }, (url) => absoluteUrl(url, site));
    const html = docToHtml(doc(image({ mediaId: 12 }), image({ src: "/uploads/old.jpg" })), { resolveImage: resolve });
    expect(html).toContain(`src="${site}/media/${KEY}/960w.jpg"`);
    expect(html).toContain(`${site}/media/${KEY}/320w.jpg 320w`);
    expect(html).toContain(`src="${site}/uploads/old.jpg"`);
    expect(html).not.toMatch(/(src|srcset)="\//);
  });
});

describe("finding a body's images", () => {
  const body = doc(
    image({ mediaId: 1, alt: "一" }),
    { type: "blockquote", content: [image({ mediaId: 2 })] },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph" }, image({ src: "/x/photo.png" })] }],
    },
  );

  it("walks quotes and lists, in reading order", () => {
    expect(bodyImages(body).map((node) => node.attrs.mediaId ?? node.attrs.src)).toEqual([1, 2, "/x/photo.png"]);
    expect([...mediaIdsIn(body)]).toEqual([1, 2]);
    expect([...mediaIdsIn({ type: "doc", content: [{ type: "image", attrs: { mediaId: "3" } }, null, 5] })]).toEqual(
      [],
    );
  });

  it("names images by file name, else by address", () => {
    expect(imageName({ originalName: "IMG_0001.jpg", src: "/a.jpg" })).toBe("IMG_0001.jpg");
    expect(imageName({ src: "https://img.example.com/2024/photo.png?x=1" })).toBe("photo.png");
    expect(imageName({ id: 7 })).toBe("#7");
  });
});
