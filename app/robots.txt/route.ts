import { connection } from "next/server";
import { env } from "@/lib/env";

// Built per request: the site's address comes from the running server's settings, not the build's.
export async function GET(): Promise<Response> {
  await connection();
  const body = [
    "User-Agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /login",
    "Disallow: /preview/",
    "Disallow: /api/",
    "",
    `Sitemap: ${env.siteUrl}/sitemap.xml`,
    `Sitemap: ${env.siteUrl}/sitemaps/news.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
