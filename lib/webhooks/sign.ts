// Standard Webhooks signatures: HMAC-SHA256 over `${id}.${timestamp}.${body}` with the endpoint's
// key, sent as `webhook-signature: v1,<base64>` beside `webhook-id` and `webhook-timestamp` (seconds).
import { createHmac } from "node:crypto";
import { signingKey } from "@/lib/webhooks/signing-secret";

export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", signingKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
  return `v1,${mac}`;
}

export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signature(secret, id, timestamp, body),
  };
}
