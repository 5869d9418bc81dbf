import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "./login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/redirect";
import { currentMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await currentMessages({ fresh: true })).auth.title, robots: { index: false } };
}

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const m = (await currentMessages({ fresh: true })).auth;
  return (
    <main className="mx-auto max-w-sm px-4 py-24">
      <h1 className="mb-8 text-center text-2xl font-bold">{m.signInTitle}</h1>
      <LoginForm callbackUrl={callbackUrl} labels={m} />
    </main>
  );
}
