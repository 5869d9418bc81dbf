// The HTML of the public pages passes html-validate's recommended rules.
import { HtmlValidate } from "html-validate";
import { expect, test } from "../support/test";
import { qualityPages } from "./pages";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // React serializes HTML its own way (self-closing void elements, camel-cased attribute names such as
    // charSet and dateTime, async="" and hidden=""): all valid HTML, only a different style from the
    // preset's. Next.js gives its bootstrap script the id "_R_".
    "void-style": "off",
    "attr-case": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    "valid-id": ["error", { relaxed: true }],
    // Next.js writes its own inline scripts and preload links; these rules concern hand-written markup.
    "no-inline-style": "off",
    "require-sri": "off",
  },
});

test("public pages are valid HTML", async ({ request }) => {
  const pages = await qualityPages(request);
  for (const [name, path] of Object.entries(pages)) {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html, `${name}.html`);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message} (line ${message.line})`),
    );
    expect(messages, `${name} ${path}`).toEqual([]);
  }
});
