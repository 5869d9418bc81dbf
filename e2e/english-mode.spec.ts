// With the interface in English, what the server says is English too: a form's validation, a service's
// refusal, the history's labels and the feeds' words. The content language is a setting of its own:
// it alone sets <html lang> on public pages, inLanguage in JSON-LD and the feeds' language.
import { expect, test, type Page } from "./support/test";
import { signIn } from "./support/auth";
import { publishNewArticle } from "./support/editor";

test.describe.configure({ mode: "serial" });

interface Choice {
  /** The legend of the settings' fieldset in the interface language of the moment, and the radio. */
  group: string;
  radio: string;
}

async function saveSettings(page: Page, choices: Choice[], save: string, saved: string) {
  await page.goto("/admin/settings");
  for (const { group, radio } of choices) {
    await page.getByRole("group", { name: group }).getByRole("radio", { name: radio, exact: true }).check();
  }
  await page.getByRole("button", { name: save }).click();
  await expect(page.getByRole("status")).toHaveText(saved);
}

function jsonLdLanguage(html: string): unknown {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "{}";
  return (JSON.parse(script) as { inLanguage?: unknown }).inLanguage;
}

test("English interface: refusals, history and feeds in English; the content language sets lang and inLanguage", async ({
  page,
  request,
}) => {
  const title = `English mode ${Date.now()}`;
  await signIn(page, undefined, "/admin/articles/new");
  const articleId = await publishNewArticle(page, title, ["用来检查英文界面的正文。"]);

  try {
    await saveSettings(page, [{ group: "界面语言", radio: "English" }], "保存设置", "Settings saved");

    // A schema's refusal (a name of spaces only) and a service's (a URL name it does not accept).
    await page.goto("/admin/sections");
    await page.getByLabel("New section: name").fill("   ");
    await page.getByLabel("New section: URL name").fill(`english-${Date.now()}`);
    await page.getByRole("button", { name: "Add section" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please fill in the section name" })).toBeVisible();
    await page.getByLabel("New section: name").fill("English");
    await page.getByLabel("New section: URL name").fill("not a slug!");
    await page.getByRole("button", { name: "Add section" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "The URL name may contain only lower-case letters" }),
    ).toBeVisible();

    // The history names the changed field in English.
    await page.goto(`/admin/articles/${articleId}`);
    await page.getByLabel("Title", { exact: true }).fill(`${title} revised`);
    await page.getByRole("button", { name: "Save and update" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved");
    await page.getByRole("link", { name: "Revision history" }).click();
    await page.getByRole("button", { name: "Compare the two selected versions" }).click();
    const diff = page.getByTestId("diff");
    await expect(diff).toContainText("Title");
    await expect(diff).not.toContainText("标题");

    // The feeds' words follow the interface; their language is still the content's.
    const rss = await (await request.get("/feed.xml")).text();
    expect(rss).toMatch(/<description>Latest articles: [^<]+<\/description>/);
    expect(rss).toContain("<language>zh-CN</language>");
    const page1 = await (await request.get(`/articles/${articleId}`)).text();
    expect(page1).toMatch(/<html[^>]* lang="zh-CN"/);
    expect(jsonLdLanguage(page1)).toBe("zh-CN");

    await saveSettings(page, [{ group: "Content language", radio: "English" }], "Save settings", "Settings saved");
    await page.goto(`/articles/${articleId}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(jsonLdLanguage(await page.content())).toBe("en");
    expect(await (await request.get("/feed.xml")).text()).toContain("<language>en</language>");
    expect(await (await request.get("/atom.xml")).text()).toContain('xml:lang="en"');
    expect(((await (await request.get("/feed.json")).json()) as { language?: string }).language).toBe("en");
  } finally {
    // The other specs read Chinese pages in a Chinese interface.
    await page.goto("/admin/settings");
    const english = await page.getByRole("group", { name: "Interface language" }).isVisible();
    await saveSettings(
      page,
      english
        ? [
            { group: "Content language", radio: "简体中文" },
            { group: "Interface language", radio: "中文" },
          ]
        : [{ group: "内容语言", radio: "简体中文" }],
      english ? "Save settings" : "保存设置",
      "设置已保存",
    );
  }
  const restored = await (await request.get(`/articles/${articleId}`)).text();
  expect(restored).toMatch(/<html[^>]* lang="zh-CN"/);
});
