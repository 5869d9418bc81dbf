import type { Metadata } from "next";

/** Feed autodiscovery <link>s for a page and its RSS, Atom and JSON feeds. */
export function feedAlternates(path: string, title: string): NonNullable<Metadata["alternates"]>["types"] {
  return {
    "application/rss+xml": [{ url: `${path}/feed.xml`, title: `${title} (RSS)` }],
    "application/atom+xml": [{ url: `${path}/atom.xml`, title: `${title} (Atom)` }],
    "application/feed+json": [{ url: `${path}/feed.json`, title: `${title} (JSON Feed)` }],
  };
}
