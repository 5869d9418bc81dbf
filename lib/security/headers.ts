// The security headers of every response, by audience. No dependencies on Next or the environment (the
// video providers' player origins come from the body's provider table, which is plain data):
// the HTTP server (lib/server/http-server.ts) and proxy.ts both call it, and tests read it directly.
//
// Two policies, because the two audiences are served differently:
// - Staff screens, sign-in and previews are rendered per request, with Next's client runtime: each
//   response gets a fresh nonce, which proxy.ts hands to Next (request header) so that Next puts it on
//   its own scripts. No inline script runs without it.
// - Public pages are rendered once and replayed from caches to everyone, so a per-request nonce cannot
//   exist. They need none: the response store strips every inline script from them as they enter the
//   cache (lib/cache/strip-client-runtime.ts), keeping only JSON-LD (a data block, never executed) and
//   `<script data-masthead src=…>` files. `script-src 'self'` is therefore the whole policy.
import { VIDEO_FRAME_ORIGINS } from "@/lib/newsroom/body/video";

export type Audience = "site" | "staff";

interface HeaderOptions {
  /** SITE_URL is https: HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** Where images are served from besides this site (S3_PUBLIC_URL), if anywhere. */
  mediaOrigin?: string;
  /** Staff pages only: the nonce of this response. */
  nonce?: string;
  /** `next dev` evaluates its modules with eval(); production never does. */
  development?: boolean;
}

/** Staff screens, sign-in, own account, previews and machine endpoints: rendered per request, never cached. */
const STAFF = /^\/(admin|account|login|preview|api)(\/|$)/;

export function audienceOf(pathname: string): Audience {
  return STAFF.test(pathname) ? "staff" : "site";
}

function origin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function contentSecurityPolicy(audience: Audience, options: HeaderOptions): string {
  const media = origin(options.mediaOrigin);
  const images = ["'self'", "data:", ...(audience === "staff" ? ["blob:"] : []), ...(media ? [media] : [])];
  const scripts =
    audience === "site"
      ? ["'self'"]
      : options.nonce
        ? // Files from this site (Next's chunks, and enhancement files a preview shows) and inline
          // script carrying this response's nonce. Not 'strict-dynamic': it would refuse those files.
          ["'self'", `'nonce-${options.nonce}'`, ...(options.development ? ["'unsafe-eval'"] : [])]
        : // A staff response without a nonce (an API answer, a redirect) runs no script at all.
          ["'none'"];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Style attributes (React's style prop, the editor's own) are not script: they cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images.join(" ")}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    // Body videos play in the providers' own players, and only after a reader asks (public/video-embed.js).
    `frame-src 'self' ${VIDEO_FRAME_ORIGINS.join(" ")}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${audience === "staff" ? "'none'" : "'self'"}`,
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()";

/** Every header for one response of this audience. */
export function securityHeaders(audience: Audience, options: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(audience, options),
    // For browsers that predate frame-ancestors; the same rule.
    "X-Frame-Options": audience === "staff" ? "DENY" : "SAMEORIGIN",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    // Turns off the legacy XSS auditor of old browsers, which could be abused to blank out parts of a
    // page; the CSP above is the protection (OWASP's advice, and what a scanner asks to see stated).
    "X-XSS-Protection": "0",
  };
  // Only when the site is configured as https: sent over plain http it would be ignored anyway, and a
  // test server on http://127.0.0.1 must not pin itself.
  if (options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** A nonce for one response: 128 random bits, base64 (what Next's nonce parser accepts). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Request headers a client might send to choose a nonce (Next reads it from the request's CSP). */
export const CLIENT_NONCE_HEADERS = ["content-security-policy", "content-security-policy-report-only", "x-nonce"];
