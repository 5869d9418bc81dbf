// The page a retracted article's address answers with (410 Gone): plain server HTML, no script.
import type { Retraction } from "@/lib/content/queries";
import { escapeHtml } from "@/lib/newsroom/body";
import { formatChineseDateTime } from "@/lib/newsroom/time";

export function retractionHtml(retraction: Retraction, site: { name: string; timeZone: string }): string {
  const when = formatChineseDateTime(new Date(retraction.at), site.timeZone);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>已撤稿:${escapeHtml(retraction.title)} - ${escapeHtml(site.name)}</title>
<style>body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.8;color:#171717;background:#fff}@media (prefers-color-scheme:dark){body{color:#f5f5f5;background:#0a0a0a}a{color:#f87171}}a{color:#b91c1c}</style>
</head>
<body>
<main>
<p><a href="/">${escapeHtml(site.name)}</a></p>
<h1>本文已撤稿</h1>
<p>《${escapeHtml(retraction.title)}》已于 <time datetime="${retraction.at}">${when}</time> 撤稿。</p>
<p>撤稿说明:${escapeHtml(retraction.note ?? "")}</p>
</main>
</body>
</html>
`;
}
