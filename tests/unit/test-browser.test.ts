import { describe, expect, it } from "vitest";
import { missingBrowserHint, planBrowser } from "../../scripts/test-browser";

const none = { ci: false, installTried: false };

describe("npm test's choice of Chromium", () => {
  it("prefers CHROMIUM_PATH or Debian's package", () => {
    expect(planBrowser({ ...none, system: "/usr/bin/chromium", playwright: "/pw/chrome" })).toEqual({
      kind: "use",
      path: "/usr/bin/chromium",
      source: "system",
    });
  });

  it("uses Playwright's own Chromium when that is the one installed", () => {
    expect(planBrowser({ ...none, playwright: "/pw/chrome" })).toEqual({
      kind: "use",
      path: "/pw/chrome",
      source: "playwright",
    });
  });

  it("installs Playwright's Chromium on a fresh machine, once", () => {
    expect(planBrowser(none)).toEqual({ kind: "install" });
    expect(planBrowser({ ...none, installTried: true })).toEqual({ kind: "missing" });
    expect(planBrowser({ ...none, installTried: true, playwright: "/pw/chrome" })).toMatchObject({ kind: "use" });
  });

  it("downloads nothing on CI, which keeps Debian's package", () => {
    expect(planBrowser({ ...none, ci: true })).toEqual({ kind: "missing" });
    expect(planBrowser({ ...none, ci: true, system: "/usr/bin/chromium" })).toMatchObject({ source: "system" });
  });

  it("says what to install, and on CI that nothing was downloaded", () => {
    expect(missingBrowserHint(false)).toContain("npx playwright install chromium");
    expect(missingBrowserHint(false)).toContain("sudo apt-get install chromium");
    expect(missingBrowserHint(true)).toContain("On CI nothing is downloaded");
  });
});
