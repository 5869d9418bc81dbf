import { describe, expect, it } from "vitest";
import { servicesEn } from "@/lib/i18n/messages/services-en";
import { invalid, notFound, say } from "@/lib/services/errors";

describe("service refusals", () => {
  const images = [say("coverImage", { name: "a.jpg" }), say("bodyImage", { n: 2, name: "b.png" })];
  const refusal = invalid(say("missingAlt", { images }), {
    body: [say("missingAltField", { images: images.slice(1) })],
  });

  it("carry the default language's words as their message, for logs and the command line", () => {
    expect(refusal.message).toMatch(/^不能发布:封面图片“a.jpg”、正文第 2 张图片“b.png”缺少替代文字。/);
    expect(refusal.fieldErrors).toEqual({ body: ["正文第 2 张图片“b.png”缺少替代文字"] });
  });

  it("are worded in the language of whoever shows them, lists joined in that language", () => {
    expect(refusal.worded(servicesEn)).toEqual({
      message: expect.stringMatching(
        /^Cannot publish: no alt text for the cover image “a.jpg”, body image 2 “b.png”\./,
      ),
      fieldErrors: { body: ["No alt text: body image 2 “b.png”"] },
    });
    expect(notFound("section").worded(servicesEn).message).toBe("The section does not exist or has been deleted");
  });

  it("pass text a caller already worded through as it is", () => {
    expect(invalid({ text: "Already worded" }).worded(servicesEn).message).toBe("Already worded");
  });
});
