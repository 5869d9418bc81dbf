// Auth.js (next-auth v5): staff sign in with email, password and, when enrolled, a second factor.
// The session cookie is an encrypted JWT that names a row of UserSession; lib/auth/session.ts checks
// that row on every use, so ending a session (deleting the row) takes effect on every server at once.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { authCookies } from "@/lib/auth/cookies";
import { safeReturnPath } from "@/lib/auth/redirect";
import { authSecret } from "@/lib/auth/secret";
import { hasLiveSession, signOutSession } from "@/lib/auth/sign-out";
import { env } from "@/lib/env";

declare module "next-auth" {
  interface User {
    sessionToken?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The session's token; only its hash is in the database. Never copied into the Session object, which browsers can read. */
    sid?: string;
  }
}

export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  useSecureCookies: env.secureCookies,
  cookies: authCookies(env.secureCookies),
  session: { strategy: "jwt", maxAge: env.session.maxAgeSeconds },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // A refused sign-in is an expected answer, not a server error worth a stack trace in the log.
    error(error) {
      if (!("type" in error && error.type === "CredentialsSignin")) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {}, challenge: {} },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.sessionToken) return { ...token, sid: user.sessionToken };
      // Reading the session through Auth.js (GET /api/auth/session) answers nothing for an ended one,
      // and clears its cookie.
      return token.sid && (await hasLiveSession(token.sid)) ? token : null;
    },
    session({ session }) {
      return session;
    },
    redirect({ url, baseUrl }) {
      let target: URL;
      try {
        target = new URL(url, baseUrl);
      } catch {
        return `${baseUrl}/admin`;
      }
      if (target.origin !== new URL(baseUrl).origin) return `${baseUrl}/admin`;
      return `${baseUrl}${safeReturnPath(`${target.pathname}${target.search}${target.hash}`)}`;
    },
  },
  events: {
    // POST /api/auth/signout and the sign-out action both end up here; the row goes, not just the cookie.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await signOutSession(sid);
    },
  },
}));
