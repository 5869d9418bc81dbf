import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { connection } from "next/server";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { ArticlePage } from "@/components/site/article-page";
import { getSiteSettings } from "@/lib/content/articles";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { previewByToken } from "@/lib/services/articles/preview";

// A draft for whoever holds the link: rendered per request, and never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await currentMessages()).site.previewTitle, robots: { index: false, follow: false } };
}

/** A shared preview of an unpublished article: anyone with a valid, unexpired link may read it. */
export default async function SharedPreviewPage({ params }: PageProps<"/preview/[token]">) {
  await connection();
  const request = await headers();
  // Each view is audited, with who opened it (the link may have been forwarded).
  const viewer = {
    address: request.get(CLIENT_ADDRESS_HEADER) ?? undefined,
    userAgent: request.get("user-agent") ?? undefined,
  };
  const article = await previewByToken(await getDb(), (await params).token, new Date(), viewer);
  if (!article) notFound();
  const [settings, m] = await Promise.all([getSiteSettings(), currentMessages()]);
  return (
    <>
      <p className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-900">{m.site.previewWarning}</p>
      <ArticlePage article={article} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />
    </>
  );
}
