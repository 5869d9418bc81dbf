"use server";

import { signOut } from "@/lib/auth";
import { currentSessionToken } from "@/lib/auth/session";
import { signOutSession } from "@/lib/auth/sign-out";

/** Ends this session on the server (its row goes), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const token = await currentSessionToken();
  if (token) await signOutSession(token);
  await signOut({ redirectTo: "/login" });
}
