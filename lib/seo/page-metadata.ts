import type { Metadata } from "next";
import { feedAlternates } from "@/lib/seo/feed-links";

/** Title, description, canonical URL, share cards and feed links of a listing page. */
export function listingMetadata(path: string, title: string, description: string, withFeeds = true): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: feedAlternates(withFeeds ? { path, title } : undefined) },
    openGraph: { title, description, url: path, type: "website" },
    twitter: { card: "summary", title, description },
  };
}
