import { expect, test } from "./support/test";
import sharp from "sharp";
import { adminSession, createAccount, sessionAs } from "./support/accounts";
import { writeBody } from "./support/editor";

// A real photograph-sized JPEG, made here so no binary lives in the repository.
async function photo(width: number, height: number): Promise<Buffer> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let i = 0; i < pixels.length; i += channels) {
    const x = (i / channels) % width;
    pixels[i] = (x * 255) / width;
    pixels[i + 1] = 140;
    pixels[i + 2] = 90;
  }
  return sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 85 }).toBuffer();
}

test("an editor uploads and describes a photo, uses it as cover and in the body, and readers get sized, lazy images", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  const editorAccount = await createAccount(admin, "EDITOR", "图片编辑老周");
  const editor = await sessionAs(browser, editorAccount);
  const stamp = Date.now();
  const fileName = `longquanyi-${stamp}.jpg`;
  const alt = `龙泉驿区志愿者在核酸检测点引导居民 ${stamp}`;

  // Upload in the library through the real file input; the library asks for the description next.
  await editor.getByRole("link", { name: "图片库" }).click();
  await editor.getByLabel("上传图片", { exact: true }).setInputFiles({
    name: fileName,
    mimeType: "image/jpeg",
    buffer: await photo(1600, 1000),
  });
  await expect(editor).toHaveURL(/\/admin\/media\/\d+\?notice=uploaded/);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(fileName);
  await editor.getByLabel("替代文字(alt)").fill(alt);
  await editor.getByLabel("图片说明").fill("志愿者连续三天坚守核酸检测点");
  await editor.getByLabel("摄影").fill("赵敏");
  await editor.getByRole("button", { name: "保存" }).click();
  await expect(editor.getByText("图片信息已保存")).toBeVisible();

  // The stored original is served as the image it is, never sniffed into anything else.
  const originalUrl = await editor.getByRole("link", { name: "查看原图" }).getAttribute("href");
  expect(originalUrl).toMatch(/^\/media\/[0-9a-f]{24}\/original\.jpg$/);
  const original = await request.get(originalUrl ?? "");
  expect(original.status()).toBe(200);
  expect(original.headers()["content-type"]).toBe("image/jpeg");
  expect(original.headers()["x-content-type-options"]).toBe("nosniff");
  expect(original.headers()["content-disposition"]).toBe("inline");
  expect(original.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(original.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  // A new article: the photo as its cover, and again in the body, both picked from the library.
  const title = `志愿者坚守核酸检测点 ${stamp}`;
  await editor.goto("/admin/articles/new");
  await editor.getByLabel("标题", { exact: true }).fill(title);
  await editor.getByLabel("姓名 1").fill("陈明");
  await writeBody(editor, ["志愿者们连续三天坚守核酸检测点。"]);

  await editor.getByRole("button", { name: "选择封面图片" }).click();
  const coverBrowser = editor.getByTestId("media-browser");
  await coverBrowser.getByLabel("搜索图片库").fill(String(stamp));
  await coverBrowser.getByRole("button", { name: "搜索" }).click();
  await coverBrowser.getByRole("button", { name: `选择图片 ${fileName}` }).click();
  await expect(editor.getByTestId("cover-choice")).toContainText(fileName);

  await editor.getByTestId("rich-editor").click();
  await editor.keyboard.press("Control+End");
  await editor.getByRole("button", { name: "图片", exact: true }).click();
  const panel = editor.getByRole("group", { name: "图片", exact: true });
  await panel.getByRole("button", { name: "从图片库选择或上传" }).click();
  await panel.getByRole("button", { name: `选择图片 ${fileName}` }).click();
  await expect(panel.getByTestId("image-from-library")).toContainText(fileName);
  await expect(panel.getByLabel("替代文字（供读屏软件朗读）")).toHaveValue(alt);
  await expect(panel.getByLabel("摄影")).toHaveValue("赵敏");
  await panel.getByRole("button", { name: "插入图片" }).click();
  await expect(editor.getByTestId("rich-editor").locator("img")).toHaveCount(1);

  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText("已发布");
  const articleId = /\/admin\/articles\/(\d+)/.exec(editor.url())?.[1];
  expect(articleId).toBeDefined();

  // Readers: the cover loads at once, sized; the body image is sized and lazy; both offer srcset.
  const reader = await browser.newPage();
  await reader.goto(`/articles/${articleId}`);
  const cover = reader.getByTestId("cover").locator("img");
  await expect(cover).toHaveAttribute("alt", alt);
  await expect(cover).toHaveAttribute("width", "960");
  await expect(cover).toHaveAttribute("height", "600");
  await expect(cover).toHaveAttribute("loading", "eager");
  await expect(cover).toHaveAttribute("srcset", /320w.*640w.*960w.*1280w.*1600w/);
  await expect(reader.getByTestId("cover")).toContainText("志愿者连续三天坚守核酸检测点");
  await expect(reader.getByTestId("cover")).toContainText("摄影 赵敏");

  const bodyImage = reader.locator(".article-body figure img");
  await expect(bodyImage).toHaveAttribute("loading", "lazy");
  await expect(bodyImage).toHaveAttribute("width", "960");
  await expect(bodyImage).toHaveAttribute("height", "600");
  await expect(bodyImage).toHaveAttribute("srcset", /\/media\/[0-9a-f]{24}\/320w\.jpg 320w/);
  await expect(bodyImage).toHaveAttribute("alt", alt);
  await expect(reader.locator(".article-body figcaption")).toHaveText("志愿者连续三天坚守核酸检测点 摄影 赵敏");
  // The browser picked and loaded one of the copies.
  await bodyImage.scrollIntoViewIfNeeded();
  await expect
    .poll(() => bodyImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);

  const served = await request.get((await bodyImage.getAttribute("src")) ?? "");
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");

  // Share previews get an absolute image with its size; the feed carries it as an enclosure.
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /^http:\/\/127\.0\.0\.1:\d+\/media\/[0-9a-f]{24}\/1280w\.jpg$/,
  );
  await expect(reader.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1280");
  await expect(reader.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "800");
  const feed = await (await request.get("/feed.xml")).text();
  expect(feed).toMatch(
    /<enclosure url="http:\/\/127\.0\.0\.1:\d+\/media\/[0-9a-f]{24}\/1280w\.jpg" length="\d+" type="image\/jpeg"\/>/,
  );

  // The home page leads with the newest article, cover included, with its size.
  await reader.goto("/");
  const lead = reader.getByRole("region", { name: "头条" });
  await expect(lead.getByTestId("lead")).toHaveText(title);
  await expect(lead.locator("img")).toHaveAttribute("width", "960");
  await expect(lead.locator("img")).toHaveAttribute("srcset", /320w/);
});

test("a page renamed to .png is refused with a message, and nothing is added to the library", async ({ browser }) => {
  const page = await adminSession(browser);
  await page.goto("/admin/media");
  const before = await page.getByTestId("media-library").locator("li").count();
  await page.getByLabel("上传图片", { exact: true }).setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
  });
  await expect(page.getByText("这个文件的内容是网页或文本,不是图片")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/media$/);
  await page.reload();
  await expect(page.getByTestId("media-library").locator("li")).toHaveCount(before);
});
