// Runs before every staff screen, sign-in page and preview (never before public pages, which are
// served from the response cache):
// - a nonce for this response's Content-Security-Policy, handed to Next in the request's own CSP
//   header, which is where Next reads the nonce it puts on its scripts (lib/security/headers.ts);
// - a cheap gate for the admin: no session cookie at all means the sign-in page. Every admin page and
//   server action still checks the session against the database itself.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookies";
import { createNonce } from "@/lib/security/headers";
import { headersFor } from "@/lib/security/policy";

const GATED = /^\/(admin|account)(\/|$)/;

function gate(request: NextRequest): NextResponse | undefined {
  // Only page views are redirected; a server action POST must reach its own check, which refuses it
  // with a message the form can show (a redirect would throw away what the editor typed).
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  if (!GATED.test(request.nextUrl.pathname)) return undefined;
  if (SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) return undefined;
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.redirect(login);
  // Where an anonymous visitor is sent depends on having no session: no cache may keep it.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = headersFor("staff", nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"] ?? "");
  requestHeaders.set("x-nonce", nonce);
  const response = gate(request) ?? NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/account", "/account/:path*", "/login", "/preview/:path*"],
};
