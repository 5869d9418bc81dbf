import type { Metadata } from "next";
import { env } from "@/lib/env";

type FeedTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/**
 * Feed autodiscovery <link>s: the whole site's RSS, Atom and JSON feeds on every page, and a listing's
 * own feeds beside them. (A page's `alternates` replaces the layout's, so each page passes them all.)
 */
export function feedAlternates(scope?: { path: string; title: string }): FeedTypes {
  const feeds = [{ path: "", title: env.siteName }, ...(scope ? [scope] : [])];
  return {
    "application/rss+xml": feeds.map((feed) => ({ url: `${feed.path}/feed.xml`, title: `${feed.title} (RSS)` })),
    "application/atom+xml": feeds.map((feed) => ({ url: `${feed.path}/atom.xml`, title: `${feed.title} (Atom)` })),
    "application/feed+json": feeds.map((feed) => ({
      url: `${feed.path}/feed.json`,
      title: `${feed.title} (JSON Feed)`,
    })),
  };
}
