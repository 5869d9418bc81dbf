// Auth.js (next-auth v5): staff sign in with email and password; sessions are signed JWT cookies.
// A session is only a claim: lib/auth/session.ts checks it against the database on every use.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { authenticate } from "@/lib/services/auth/authenticate";
import { signInSchema } from "@/lib/validations/auth";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an expected answer, not a server error worth a stack trace in the log.
    error(error) {
      if (!("type" in error && error.type === "CredentialsSignin")) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await authenticate(await getDb(), parsed.data.email, parsed.data.password);
        if (!user) return null;
        return { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionVersion !== undefined) token.sessionVersion = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
}));
