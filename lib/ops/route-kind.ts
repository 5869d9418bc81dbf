// The few kinds of address the request metrics are labelled by: few enough to keep Prometheus's series
// bounded whatever readers ask for, telling apart what a newsroom watches (articles, lists, feeds, the
// admin) at a glance.
export type RouteKind = "article" | "list" | "feed" | "search" | "api" | "admin" | "asset" | "other";

const LISTS = /^\/(sections|tags|people|topics|archive)(\/|$)/;
const FEEDS = /(^|\/)(feed\.xml|atom\.xml|feed\.json)$|^\/(sitemap|sitemaps|news-sitemap)/;

export function routeKind(pathname: string): RouteKind {
  if (pathname.startsWith("/_next/") || pathname.startsWith("/media/")) return "asset";
  if (FEEDS.test(pathname)) return "feed";
  if (pathname.startsWith("/articles/")) return "article";
  if (pathname === "/" || LISTS.test(pathname)) return "list";
  if (pathname === "/search") return "search";
  if (pathname.startsWith("/api/")) return "api";
  if (/^\/(admin|account|login)(\/|$)/.test(pathname)) return "admin";
  return "other";
}
