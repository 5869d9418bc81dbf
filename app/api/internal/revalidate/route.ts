// Cache expiry on behalf of the scheduler, which runs outside any request and so cannot call
// revalidateTag itself. Only requests signed with the server's own secret are accepted.
import { z } from "zod";
import { verifyInternal } from "@/lib/auth/internal-signature";
import { authSecret } from "@/lib/auth/secret";
import { expireTags } from "@/lib/content/revalidate";

const bodySchema = z.object({ tags: z.array(z.string().max(100)).max(500) });

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (!verifyInternal(authSecret(), body, request.headers.get("x-masthead-signature"))) {
    return new Response("Forbidden", { status: 403 });
  }
  const parsed = bodySchema.safeParse(JSON.parse(body));
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  expireTags(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags.length });
}
