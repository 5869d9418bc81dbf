import type { Metadata } from "next";
import { NotFoundNotice } from "@/components/site/not-found-notice";
import { declareNotFound } from "@/lib/content/articles";
import { currentMessages } from "@/lib/i18n/server";

/** What a public page shows (with 404) when its address names nothing. */
export async function Missing() {
  const [messages] = await Promise.all([currentMessages(), declareNotFound()]);
  return <NotFoundNotice m={messages.site} />;
}

export async function missingMetadata(): Promise<Metadata> {
  return { title: (await currentMessages()).site.notFoundTitle, robots: { index: false } };
}
