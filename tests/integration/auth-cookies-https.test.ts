// With SITE_URL on https, the session cookie is Secure with the __Host- prefix even when the request
// reaching the app is plain http (a proxy that terminates TLS and forwards nothing): the configuration
// decides, not the proxy (issue 9, §3).
import { describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { accountWithPassword, PASSWORD } from "../support/sign-in";

vi.hoisted(() => {
  process.env.SITE_URL = "https://news.example";
});

const { handlers } = await import("@/lib/auth");

describe("cookies on an https site", () => {
  it("are __Host-, Secure, HttpOnly, SameSite=Lax, Path=/ and host-only, whatever the proxy forwards", async () => {
    const user = await accountWithPassword();
    const headers = { [CLIENT_ADDRESS_HEADER]: "198.51.100.90", "x-forwarded-proto": "http" };
    const csrf = await handlers.GET(new Request("http://127.0.0.1:3000/api/auth/csrf", { headers }) as never);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie()[0] ?? "";
    expect(csrfCookie).toMatch(/^__Host-masthead\.csrf=/);

    const response = await handlers.POST(
      new Request("http://127.0.0.1:3000/api/auth/callback/credentials", {
        method: "POST",
        headers: {
          ...headers,
          cookie: csrfCookie.split(";")[0] ?? "",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ csrfToken, email: user.email, password: PASSWORD }),
      }) as never,
    );
    const session = response.headers.getSetCookie().find((line) => line.startsWith("__Host-masthead.session="));
    expect(session, response.headers.get("location") ?? "").toBeDefined();
    const attributes = (session ?? "")
      .split(/;\s*/)
      .slice(1)
      .map((part) => part.toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["path=/", "httponly", "secure", "samesite=lax"]));
    expect(attributes.some((part) => part.startsWith("domain="))).toBe(false);
  });
});
