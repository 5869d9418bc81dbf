// WeChat's JS-SDK signature (微信 JS-SDK 权限验证签名): what a page script passes to wx.config() so that
// WeChat lets it set the share card itself. It needs the official account's access token and, from it,
// a jsapi_ticket; both live two hours and WeChat limits how often they may be asked for, so one of each
// is kept in memory and reused until shortly before it expires (per server: each asks on its own).
import { createHash, randomBytes } from "node:crypto";

export interface WeChatConfig {
  appId: string;
  appSecret: string;
  /** https://api.weixin.qq.com, or a fake in tests. */
  apiUrl: string;
}

export interface JsSdkSignature {
  appId: string;
  timestamp: number;
  nonceStr: string;
  signature: string;
}

/** WeChat answered with an error code (errcode), or not in JSON. */
export class WeChatApiError extends Error {
  constructor(
    readonly step: "token" | "ticket",
    readonly errcode: number | undefined,
    message: string,
  ) {
    super(`WeChat ${step}: ${message}`);
  }
}

/** The signature WeChat specifies: SHA-1 of the four fields, sorted by name, as a query string. */
export function signJsSdk(ticket: string, nonceStr: string, timestamp: number, url: string): string {
  const plain = `jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url}`;
  return createHash("sha1").update(plain).digest("hex");
}

interface Held {
  value: string;
  /** Epoch ms after which it is asked for again. */
  renewAt: number;
}

/** Renewed this long before WeChat says it expires, so a signature never carries a dying ticket. */
const MARGIN_MS = 5 * 60_000;

type Fetch = (url: string) => Promise<Response>;

export class JsSdkSigner {
  private token: Held | undefined;
  private ticket: Held | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly config: WeChatConfig,
    private readonly fetcher: Fetch = (url) => fetch(url, { signal: AbortSignal.timeout(5000) }),
    private readonly now: () => number = Date.now,
  ) {}

  private async call(step: "token" | "ticket", url: URL, field: "access_token" | "ticket"): Promise<Held> {
    const response = await this.fetcher(url.toString());
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    const value = body?.[field];
    const expiresIn = Number(body?.expires_in ?? 7200);
    if (typeof value !== "string" || value === "") {
      const errcode = typeof body?.errcode === "number" ? body.errcode : undefined;
      throw new WeChatApiError(step, errcode, String(body?.errmsg ?? `HTTP ${response.status}`));
    }
    return { value, renewAt: this.now() + Math.max(0, expiresIn * 1000 - MARGIN_MS) };
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.renewAt) return this.token.value;
    const url = new URL("/cgi-bin/token", this.config.apiUrl);
    url.search = new URLSearchParams({
      grant_type: "client_credential",
      appid: this.config.appId,
      secret: this.config.appSecret,
    }).toString();
    this.token = await this.call("token", url, "access_token");
    return this.token.value;
  }

  private async freshTicket(): Promise<string> {
    const url = new URL("/cgi-bin/ticket/getticket", this.config.apiUrl);
    url.search = new URLSearchParams({ access_token: await this.accessToken(), type: "jsapi" }).toString();
    try {
      this.ticket = await this.call("ticket", url, "ticket");
    } catch (error) {
      // A token WeChat no longer takes (revoked, or the secret was reset) is not kept for two hours.
      this.token = undefined;
      throw error;
    }
    return this.ticket.value;
  }

  /** The current jsapi_ticket; concurrent callers share one request to WeChat. */
  async jsapiTicket(): Promise<string> {
    if (this.ticket && this.now() < this.ticket.renewAt) return this.ticket.value;
    this.pending ??= this.freshTicket().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Signs a page address (without its #fragment, as WeChat requires). */
  async sign(pageUrl: string): Promise<JsSdkSignature> {
    const ticket = await this.jsapiTicket();
    const nonceStr = randomBytes(12).toString("base64url");
    const timestamp = Math.floor(this.now() / 1000);
    return {
      appId: this.config.appId,
      timestamp,
      nonceStr,
      signature: signJsSdk(ticket, nonceStr, timestamp, pageUrl),
    };
  }
}
