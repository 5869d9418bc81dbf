// The sensitive-word list and take-down times as people use them: an admin lists a phrase, an editor
// sees the hit in the editor and is refused publishing, a warn-level hit is acknowledged; a scheduled
// take-down removes an article from the public site, whose page showed the reprint line until then.
import { expect, test, type Page } from "./support/test";
import { adminSession, createAccount, sessionAs } from "./support/accounts";
import { eventually } from "./support/edge";
import { writeBody } from "./support/editor";
import { beijing } from "./support/time";

async function addPhrase(admin: Page, phrase: string, level: "BLOCK" | "WARN", replacement: string) {
  await admin.goto("/admin/words");
  await admin.getByLabel("词语", { exact: true }).fill(phrase);
  await admin.getByLabel("级别", { exact: true }).selectOption(level);
  await admin.getByLabel("建议改为", { exact: true }).fill(replacement);
  await admin.getByRole("button", { name: "添加", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已添加到词表" })).toBeVisible();
  await expect(admin.getByLabel(`词语 ${phrase}`)).toHaveValue(phrase);
}

test("an editor sees a listed phrase in place, is refused publishing, and acknowledges a warning", async ({
  browser,
}) => {
  const admin = await adminSession(browser);
  const suffix = Date.now().toString(36);
  const blocked = `严禁词${suffix}`;
  const warned = `老百姓${suffix}`;
  await addPhrase(admin, blocked, "BLOCK", "规范用语");
  await addPhrase(admin, warned, "WARN", "群众");
  const editor = await sessionAs(browser, await createAccount(admin, "EDITOR", `敏感词编辑${suffix}`));

  await editor.goto("/admin/articles/new");
  await editor.getByLabel("标题", { exact: true }).fill(`用语检查 ${suffix}`);
  // Written in traditional characters with a space inside: still the listed phrase.
  await writeBody(editor, [`这一段写到了嚴禁 詞${suffix},应当改掉。`]);
  await editor.getByRole("button", { name: "检查当前内容" }).click();
  const checks = editor.getByTestId("word-checks");
  await expect(checks).toContainText(`“${blocked}”`);
  await expect(checks).toContainText("正文第 1 段");
  await expect(checks).toContainText(`嚴禁 詞${suffix}`);
  await expect(checks).toContainText("建议改为“规范用语”");

  await editor.getByRole("button", { name: "发布", exact: true }).click();
  const refusal = editor.getByRole("alert").filter({ hasText: "不能发布:含有禁用词" });
  await expect(refusal).toContainText(`“${blocked}”(正文第 1 段`);
  await expect(editor.getByTestId("rich-editor")).toContainText("应当改掉");

  await editor.goto("/admin/articles/new");
  await editor.getByLabel("标题", { exact: true }).fill(`需确认的用语 ${suffix}`);
  await writeBody(editor, [`本文提到${warned}。`]);
  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "请先确认提示词再发布" })).toContainText(`“${warned}”`);
  await editor.getByLabel("我已核对以上提示词,仍要继续").check();
  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText("已发布");
  await expect(editor.getByTestId("status")).toHaveText("已发布");
});

test("a reprint shows its line on the public page until its take-down time removes it", async ({ browser }) => {
  const admin = await adminSession(browser);
  const title = `定时下线 ${Date.now()}`;
  await admin.goto("/admin/articles/new");
  await admin.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(admin, ["转载并定时下线的正文。"]);
  await admin.getByLabel("来源", { exact: true }).fill("新华社");
  const reprint = admin.getByRole("group", { name: "转载" });
  await reprint.getByLabel("原作者").fill("李华");
  await reprint.getByLabel("原标题").fill("原来的标题");
  await reprint.getByLabel("原文链接").fill("https://www.example.com.cn/news/1.html");
  const takedown = new Date(Math.ceil((Date.now() + 12_000) / 1000) * 1000);
  await admin.getByLabel("定时下线(北京时间)").fill(beijing(takedown));
  await admin.getByRole("button", { name: "发布", exact: true }).click();
  await expect(admin.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(admin.url())?.[1];
  expect(id).toBeTruthy();

  const reader = await browser.newPage();
  await reader.goto(`/articles/${id}`);
  const line = reader.getByTestId("reprint");
  await expect(line).toHaveText("转载自新华社(原标题《原来的标题》,原作者:李华,原文链接)");
  await expect(line.getByRole("link", { name: "原文链接" })).toHaveAttribute(
    "href",
    "https://www.example.com.cn/news/1.html",
  );

  // Gone within the scheduler's tick (1 s in this suite) after the time, with nobody touching it.
  await eventually(
    reader.request,
    `/articles/${id}`,
    (status) => status === 404,
    takedown.getTime() - Date.now() + 5_000,
  );
  await eventually(reader.request, "/", (_, body) => !body.includes(title));
  await admin.reload();
  await expect(admin.getByTestId("status")).toHaveText("已撤回");
});

test("the editor warns when an article's source is not on the list of allowed sources", async ({ browser }) => {
  const admin = await adminSession(browser);
  await admin.goto("/admin/settings");
  await admin.getByLabel("允许转载的来源(每行一个)").fill("新华社\n中华工商时报");
  await admin.getByRole("button", { name: "保存", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "设置已保存" })).toBeVisible();
  try {
    await admin.goto("/admin/articles/new");
    await admin.getByLabel("标题", { exact: true }).fill(`来源检查 ${Date.now()}`);
    await writeBody(admin, ["来源检查的正文。"]);
    await admin.getByLabel("来源", { exact: true }).fill("某某晚报");
    await admin.getByRole("button", { name: "保存草稿" }).click();
    await expect(admin.getByRole("status")).toHaveText("已保存");
    await expect(admin.getByTestId("source-warning")).toContainText("来源“某某晚报”不在允许转载的来源名单中");
    await admin.getByLabel("来源", { exact: true }).fill("新华社");
    await admin.getByRole("button", { name: "检查当前内容" }).click();
    await expect(admin.getByTestId("source-warning")).toHaveCount(0);
  } finally {
    await admin.goto("/admin/settings");
    await admin.getByLabel("允许转载的来源(每行一个)").fill("");
    await admin.getByRole("button", { name: "保存", exact: true }).click();
    await expect(admin.getByRole("status").filter({ hasText: "设置已保存" })).toBeVisible();
  }
});
