// Auth.js's cookies under Masthead's names. Whether they are Secure (and carry the __Host- prefix,
// which browsers honour only for Secure, host-only, Path=/ cookies) follows SITE_URL, never a header a
// proxy or a client sends. No dependencies: proxy.ts imports this too.

const base = (secure: boolean) => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure });

export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-masthead.session" : "masthead.session";
}

/** Both spellings, for code that only asks whether someone might be signed in. */
export const SESSION_COOKIE_NAMES = [sessionCookieName(true), sessionCookieName(false)];

export function authCookies(secure: boolean) {
  const prefix = secure ? "__Host-" : "";
  return {
    sessionToken: { name: sessionCookieName(secure), options: base(secure) },
    callbackUrl: { name: `${prefix}masthead.callback-url`, options: base(secure) },
    csrfToken: { name: `${prefix}masthead.csrf`, options: base(secure) },
  };
}
