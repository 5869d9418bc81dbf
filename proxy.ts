// A cheap gate for the admin: no session cookie at all means the sign-in page. Every admin page and
// server action still checks the session against the database itself. Public pages never pass through
// here: they are served from the response cache without any code of Masthead's running.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookies";

export function proxy(request: NextRequest) {
  // Only page views are redirected; a server action POST must reach its own check, which refuses it
  // with a message the form can show (a redirect would throw away what the editor typed).
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.redirect(login);
  // Where an anonymous visitor is sent depends on having no session: no cache may keep it.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = { matcher: ["/admin", "/admin/:path*", "/account", "/account/:path*"] };
