// Two jobs before pages render:
// - a cheap gate for the admin: no session cookie at all means the sign-in page (every admin page and
//   server action still checks the session against the database itself);
// - a retracted article's address answers 410 Gone with the retraction notice, which a page cannot do.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const ARTICLE = /^\/articles\/([1-9]\d{0,15})$/;

async function retracted(id: number): Promise<Response | null> {
  const [{ getDb }, { findRetraction }, { retractionHtml }, { env }, { getMessages }, { readSiteSettings }] =
    await Promise.all([
      import("@/lib/db"),
      import("@/lib/content/queries"),
      import("@/lib/content/retraction-page"),
      import("@/lib/env"),
      import("@/lib/i18n"),
      import("@/lib/services/settings/site-settings"),
    ]);
  const db = await getDb();
  const retraction = await findRetraction(db, id);
  if (!retraction) return null;
  const messages = getMessages((await readSiteSettings(db)).language);
  return new Response(retractionHtml(retraction, { name: env.siteName, timeZone: env.timeZone }, messages), {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const article = ARTICLE.exec(pathname);
  if (article?.[1]) return (await retracted(Number(article[1]))) ?? NextResponse.next();

  // Only page views are redirected; a server action POST must reach its own check, which refuses it
  // with a message the form can show (a redirect would throw away what the editor typed).
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/admin", "/admin/:path*", "/articles/:id"] };
