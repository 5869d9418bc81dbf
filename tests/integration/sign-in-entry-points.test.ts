// Both ways in are throttled (issue 9): the sign-in form's server action, and a POST straight to
// Auth.js's /api/auth/callback/credentials. Next's request scope is the only thing faked: the
// headers Masthead's HTTP server would pass on, and a cookie jar.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { accountWithPassword, PASSWORD } from "../support/sign-in";

const request = vi.hoisted(() => ({
  headers: new Headers(),
  cookies: new Map<string, { value: string; options: Record<string, unknown> }>(),
}));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)?.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown> = {}) =>
      request.cookies.set(name, { value, options }),
    delete: (name: string) => request.cookies.delete(name),
  }),
}));

const { signInAction } = await import("@/lib/actions/auth/sign-in");
const { handlers } = await import("@/lib/auth");

const BASE = "http://127.0.0.1:3999";

function from(address: string) {
  request.headers = new Headers({ host: "127.0.0.1:3999", [CLIENT_ADDRESS_HEADER]: address, "user-agent": "vitest" });
  request.cookies.clear();
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** The form's action: its message, or "signed in" when it redirected with a session cookie set. */
async function viaAction(email: string, password: string): Promise<string> {
  try {
    const state = await signInAction({ step: "password" }, form({ email, password, callbackUrl: "/admin" }));
    return state.error ?? `step ${state.step}`;
  } catch (error) {
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT"))
      return request.cookies.has("masthead.session") ? "signed in" : "redirected without a session";
    throw error;
  }
}

/** The Auth.js route, as a script would call it: fetch a CSRF token, then post the credentials. */
async function viaRoute(address: string, email: string, password: string): Promise<Response> {
  const headers = { [CLIENT_ADDRESS_HEADER]: address, "user-agent": "curl/8" };
  const csrf = await handlers.GET(new Request(`${BASE}/api/auth/csrf`, { headers }) as never);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = (csrf.headers.getSetCookie() ?? []).map((line) => line.split(";")[0]).join("; ");
  return handlers.POST(
    new Request(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${BASE}/admin` }),
    }) as never,
  );
}

beforeEach(() => from("198.51.100.1"));

describe("the sign-in form's action", () => {
  it("refuses the right password once the pair is throttled, and lets the editor in from elsewhere", async () => {
    const user = await accountWithPassword();
    from("198.51.100.61");
    for (let attempt = 1; attempt <= 6; attempt += 1)
      expect(await viaAction(user.email, `wrong-guess-${attempt}`)).toBe("邮箱或密码不正确");
    expect(await viaAction(user.email, PASSWORD)).toBe("尝试次数过多,请在 1 分钟后再试。");
    from("198.51.100.62");
    expect(await viaAction(user.email, PASSWORD)).toBe("signed in");
    expect(request.cookies.get("masthead.session")?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
    });
  });

  it("asks an account with two-factor sign-in for a code instead of signing it in", async () => {
    const user = await accountWithPassword();
    const { withTwoFactor } = await import("../support/sign-in");
    await withTwoFactor(user.id);
    expect(await viaAction(user.email, PASSWORD)).toBe("step code");
    expect(request.cookies.has("masthead.session")).toBe(false);
  });
});

describe("POST /api/auth/callback/credentials", () => {
  it("is throttled the same way, with the right password refused while blocked", async () => {
    const user = await accountWithPassword();
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const refused = await viaRoute("198.51.100.71", user.email, `wrong-guess-${attempt}`);
      expect(refused.headers.get("location")).toMatch(/\/login\?error=CredentialsSignin&code=invalid$/);
    }
    const throttled = await viaRoute("198.51.100.71", user.email, PASSWORD);
    expect(throttled.headers.get("location")).toMatch(/code=throttled$/);
    expect(throttled.headers.getSetCookie().some((line) => line.startsWith("masthead.session="))).toBe(false);

    const elsewhere = await viaRoute("198.51.100.72", user.email, PASSWORD);
    expect(elsewhere.headers.get("location")).toBe(`${BASE}/admin`);
    const session = elsewhere.headers.getSetCookie().find((line) => line.startsWith("masthead.session="));
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
  });

  it("counts failures of both ways in together", async () => {
    const user = await accountWithPassword();
    from("198.51.100.81");
    for (let attempt = 1; attempt <= 3; attempt += 1) await viaAction(user.email, `wrong-guess-${attempt}`);
    for (let attempt = 4; attempt <= 6; attempt += 1)
      await viaRoute("198.51.100.81", user.email, `wrong-guess-${attempt}`);
    expect(await viaAction(user.email, PASSWORD)).toMatch(/^尝试次数过多/);
  });
});
