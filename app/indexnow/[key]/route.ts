// IndexNow's key file, which engines fetch at /<key>.txt (next.config.js rewrites it here) to check that
// whoever submits this site's URLs holds its key. Any other name is unknown.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

export async function GET(_request: Request, { params }: RouteContext<"/indexnow/[key]">): Promise<Response> {
  await connection();
  const { key } = await params;
  const configured = env.push.indexNow?.key;
  if (configured === undefined || key !== configured) notFound();
  return new Response(configured, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
