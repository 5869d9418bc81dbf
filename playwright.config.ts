import { defineConfig } from "@playwright/test";
import { chromiumPath, E2E_BASE_URL } from "./e2e/support/config";
import { specsOf } from "./e2e/support/passes";

const specs = specsOf({ postgres: !!process.env.E2E_DATABASE_URL, split: process.env.E2E_SPLIT === "1" });

export default defineConfig({
  testDir: "e2e",
  // Which pass runs which spec: e2e/support/passes.ts.
  ...(specs.testMatch ? { testMatch: specs.testMatch } : {}),
  testIgnore: specs.testIgnore,
  // One server and one database: specs run in order, like editors sharing a newsroom.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: E2E_BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    actionTimeout: 10_000,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "npx tsx --conditions=react-server e2e/support/server.ts",
    url: `${E2E_BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
