// The page a retracted article's address answers with (410 Gone): plain server HTML, no script.
import type { Retraction } from "@/lib/content/queries";
import { escapeHtml } from "@/lib/newsroom/body";
import type { Messages } from "@/lib/i18n";

/** `m` is the site's messages: the notice is in the configured language, like the rest of the site. */
export function retractionHtml(retraction: Retraction, site: { name: string; timeZone: string }, m: Messages): string {
  const when = m.dates.dateline(new Date(retraction.at), site.timeZone);
  const r = m.retraction;
  return `<!DOCTYPE html>
<html lang="${m.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(r.title(retraction.title, site.name))}</title>
<style>body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.8;color:#171717;background:#fff}@media (prefers-color-scheme:dark){body{color:#f5f5f5;background:#0a0a0a}a{color:#f87171}}a{color:#b91c1c}</style>
</head>
<body>
<main>
<p><a href="/">${escapeHtml(site.name)}</a></p>
<h1>${escapeHtml(r.heading)}</h1>
<p>${escapeHtml(r.before(retraction.title))}<time datetime="${retraction.at}">${when}</time>${escapeHtml(r.after)}</p>
<p>${escapeHtml(r.note(retraction.note ?? ""))}</p>
</main>
</body>
</html>
`;
}
