// Settings shared by playwright.config.ts, the e2e server and the specs.
import { existsSync } from "node:fs";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The shipped nginx micro-cache and a Varnish purged by key, both in front of the server under test. */
export const E2E_NGINX_URL = `http://127.0.0.1:${E2E_PORT + 1}`;
export const E2E_VARNISH_URL = `http://127.0.0.1:${E2E_PORT + 2}`;
/** A recording stand-in for a WebSub hub, IndexNow and Baidu (e2e/support/push-receiver.ts). */
export const E2E_PUSH_URL = `http://127.0.0.1:${E2E_PORT + 3}`;
export const E2E_INDEXNOW_KEY = "e2e0indexnow0key0f00d";
/** The bearer token of GET /api/metrics on the e2e server (e2e/operations.spec.ts). */
export const E2E_METRICS_TOKEN = "e2e-metrics-token-0123456789";
export const E2E_ADMIN = {
  email: "e2e-admin@masthead.test",
  password: process.env.E2E_ADMIN_PASSWORD ?? "e2e-password-for-tests-only",
  name: "管理员",
};

/** Debian's Chromium (or CHROMIUM_PATH); undefined falls back to a browser Playwright installed itself. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}
