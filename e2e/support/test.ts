// Playwright's `test` for every spec, with one addition: the browser console must never report a
// Content-Security-Policy violation. Every context a test opens is watched (its own `page` and those
// from `browser.newContext()`/`newPage()`, e.g. a second signed-in editor), and the test fails at the
// end with each violation and the page it happened on. ESLint refuses `test` from @playwright/test in
// specs, so a new spec cannot leave this out.
import { test as base, expect, type BrowserContext } from "@playwright/test";

export * from "@playwright/test";

const VIOLATION = /Content Security Policy/i;

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on("console", (message) => {
          if (VIOLATION.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
        });
      };
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const created = await newContext(...args);
        watch(created);
        return created;
      };
      await use(violations);
      browser.newContext = newContext;
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
