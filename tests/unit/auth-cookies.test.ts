// Cookies of issue 9: HttpOnly, SameSite=Lax, and Secure with a __Host- prefix whenever SITE_URL is
// https, decided by the configuration and never by what a proxy forwards.
import { afterEach, describe, expect, it, vi } from "vitest";
import { authCookies } from "@/lib/auth/cookies";

describe("auth cookies", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("are HttpOnly, SameSite=Lax, Path=/, and Secure with __Host- on https", () => {
    for (const cookie of Object.values(authCookies(true))) {
      expect(cookie.name).toMatch(/^__Host-/);
      expect(cookie.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
    }
    for (const cookie of Object.values(authCookies(false))) {
      expect(cookie.name).not.toMatch(/^__/);
      expect(cookie.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    }
  });

  it.each([
    ["https://news.example", true],
    ["https://news.example/", true],
    ["http://localhost:3000", false],
  ])("SITE_URL=%s gives secure cookies: %s", async (siteUrl, secure) => {
    vi.stubEnv("SITE_URL", siteUrl);
    vi.resetModules();
    const { env } = await import("@/lib/env");
    expect(env.secureCookies).toBe(secure);
  });
});
