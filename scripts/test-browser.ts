// Which Chromium `npm test` drives, decided without side effects so a unit test can walk every case
// (tests/unit/test-browser.test.ts); scripts/test.ts does the looking and the installing.

export interface BrowserProbe {
  /** CHROMIUM_PATH or Debian's /usr/bin/chromium, when one exists. */
  system?: string;
  /** Playwright's own Chromium (its default executable path), when it is installed. */
  playwright?: string;
  /** On CI the browser is Debian's package; nothing is downloaded behind its back. */
  ci: boolean;
  /** `npx playwright install chromium` has already been tried in this run. */
  installTried: boolean;
}

export type BrowserPlan =
  | { kind: "use"; path: string; source: "system" | "playwright" }
  | { kind: "install" }
  | { kind: "missing" };

export function planBrowser(probe: BrowserProbe): BrowserPlan {
  if (probe.system) return { kind: "use", path: probe.system, source: "system" };
  if (probe.playwright) return { kind: "use", path: probe.playwright, source: "playwright" };
  if (probe.ci || probe.installTried) return { kind: "missing" };
  return { kind: "install" };
}

/** What to say when no browser is left to try. */
export function missingBrowserHint(ci: boolean): string {
  const tried = ci
    ? "On CI nothing is downloaded: install Debian's package."
    : "`npx playwright install chromium` did not give one either (it needs the internet).";
  return `Chromium was not found, and the end-to-end tests need it.
  ${tried}
  Debian/Ubuntu:  sudo apt-get install chromium
  Elsewhere:      set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}
