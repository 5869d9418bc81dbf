import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.siteUrl),
  title: { default: env.siteName, template: `%s - ${env.siteName}` },
};

/**
 * Each audience's layout draws its own <html>: its language is a site setting, read from the database,
 * and this layout also wraps the 404 for unknown addresses, which `next build` prerenders without one.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
