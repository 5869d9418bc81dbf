import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.siteUrl),
  title: { default: env.siteName, template: `%s - ${env.siteName}` },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The language is a site setting read per request: nothing is read from the database at build time.
  await connection();
  const m = await currentMessages();
  return (
    <html lang={m.htmlLang}>
      <body>{children}</body>
    </html>
  );
}
