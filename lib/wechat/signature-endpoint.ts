// GET /api/wechat/signature?url=<page>: the JS-SDK signature for one of this site's own pages. Only
// this site's addresses are signed (anyone could otherwise use the site's account for their pages);
// answers are per page and per moment, so never stored (`private, no-store`, as every /api answer).
import { JsSdkSigner, WeChatApiError } from "@/lib/wechat/js-sdk";

const json = (status: number, body: object) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/** The page address WeChat signs: this site's, http(s), without its fragment; null for anything else. */
export function signablePageUrl(raw: string | null, siteUrl: string): string | null {
  if (raw === null || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.origin !== new URL(siteUrl).origin) return null;
  url.hash = "";
  return url.toString();
}

export async function signatureResponse(
  request: Request,
  signer: JsSdkSigner | undefined,
  siteUrl: string,
): Promise<Response> {
  // Without WECHAT_APP_ID/WECHAT_APP_SECRET there is nothing here.
  if (!signer) return json(404, { error: "not_configured" });
  const page = signablePageUrl(new URL(request.url).searchParams.get("url"), siteUrl);
  if (page === null) return json(400, { error: "url_not_on_this_site" });
  try {
    return json(200, await signer.sign(page));
  } catch (error) {
    if (error instanceof WeChatApiError)
      return json(502, { error: "wechat_refused", step: error.step, errcode: error.errcode ?? null });
    return json(502, { error: "wechat_unreachable" });
  }
}
