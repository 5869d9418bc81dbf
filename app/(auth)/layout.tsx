import type { ReactNode } from "react";
import { Document } from "@/components/document";
import { currentMessages } from "@/lib/i18n/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const messages = await currentMessages({ fresh: true });
  return <Document lang={messages.htmlLang}>{children}</Document>;
}
