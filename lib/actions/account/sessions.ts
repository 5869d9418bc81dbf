"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { signOut } from "@/lib/auth";
import { endAllOwnSessions, endOwnSession } from "@/lib/services/account/sessions";
import { sessionIdSchema } from "@/lib/validations/account";

export const endSessionAction = formAction({
  name: "auth.sessionEnd",
  session: "account",
  input: sessionIdSchema,
  run: ({ sessionId }, ctx) => endOwnSession(ctx, sessionId),
  done: (_ended, _input, strings) => ({ ok: true, message: strings.account.sessions.ended }),
});

/** Every session of the account ends, this one too; the browser goes to the sign-in page. */
export const endAllSessionsAction = formAction({
  name: "auth.sessionsEnd",
  session: "account",
  input: z.object({}),
  run: (_nothing, ctx) => endAllOwnSessions(ctx),
  done: async () => {
    await signOut({ redirect: false });
    redirect("/login");
  },
});
