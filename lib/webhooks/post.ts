// One HTTP POST of a delivery: no redirects followed, a time limit, the answer's body read only to its
// first kilobyte (to log), the connection's address checked (lib/webhooks/address-guard.ts).
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { guardedLookup, isPrivateAddress, PrivateAddressError } from "@/lib/webhooks/address-guard";

export interface PostResult {
  /** Null when no answer came (refused, timed out, connection failed). */
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface PostOptions {
  timeoutMs: number;
  allowPrivateHosts: boolean;
}

const ANSWER_BYTES = 1024;

export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, "");
    // Node connects to an address literal without a lookup, so it is checked here.
    if (isIP(host) && !options.allowPrivateHosts && isPrivateAddress(host)) {
      resolve({ statusCode: null, durationMs: 0, error: new PrivateAddressError(host).message });
      return;
    }
    const client = target.protocol === "https:" ? https : http;
    const request = client.request(target, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Masthead-Webhooks/1", ...headers },
      lookup: guardedLookup(options.allowPrivateHosts),
      timeout: options.timeoutMs,
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on("error", (error) => resolve({ statusCode: null, durationMs: elapsed(), error: error.message }));
    request.on("response", (response) => {
      let answer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (answer.length < ANSWER_BYTES) answer += chunk;
      });
      response.on("error", (error) => resolve({ statusCode: null, durationMs: elapsed(), error: error.message }));
      response.on("end", () => {
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        resolve({
          statusCode: status,
          durationMs: elapsed(),
          error: ok ? null : `HTTP ${status}${answer ? `: ${answer.slice(0, ANSWER_BYTES)}` : ""}`,
        });
      });
    });
    request.end(body);
  });
}
