import { env } from "@/lib/env";
import { JsSdkSigner } from "@/lib/wechat/js-sdk";
import { signatureResponse } from "@/lib/wechat/signature-endpoint";

// One signer per server process: it keeps WeChat's access token and jsapi_ticket between requests.
const signer = env.wechat ? new JsSdkSigner(env.wechat) : undefined;

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return signatureResponse(request, signer, env.siteUrl);
}
