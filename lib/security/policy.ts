// The security headers with this installation's settings (lib/security/headers.ts has the rules).
import { env } from "@/lib/env";
import { securityHeaders, type Audience } from "@/lib/security/headers";

export function headersFor(audience: Audience, nonce?: string): Record<string, string> {
  return securityHeaders(audience, {
    https: env.secureCookies,
    mediaOrigin: env.s3?.publicUrl,
    nonce,
    development: env.nodeEnv === "development",
  });
}
