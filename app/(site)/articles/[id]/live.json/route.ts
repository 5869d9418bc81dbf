import { createHash } from "node:crypto";
import { notFound } from "next/navigation";
import { getLiveCoverage } from "@/lib/content/live";
import { liveView } from "@/lib/content/live-view";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { parseId } from "@/lib/validations/ids";

// One fixed address per live article, polled by public/live.js: built at the first request, served from
// the caches (and the edge) to every reader alike, and expired with the article's tag by each entry.
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = (): Array<{ id: string }> => [];

export async function GET(_request: Request, { params }: RouteContext<"/articles/[id]/live.json">): Promise<Response> {
  const id = parseId((await params).id);
  const coverage = id === null ? null : await getLiveCoverage(id);
  if (!coverage) notFound();
  const body = JSON.stringify(liveView(coverage, await currentMessages(), env.timeZone));
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      ETag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
