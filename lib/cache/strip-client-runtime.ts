// Readers need no JavaScript: a public page is server HTML and CSS. Next adds its client router and
// React (well over 100 KB compressed) and the page's data again as inline script, which doubles the
// HTML; on a cached public page none of it does anything a reader needs, so it is taken out once, as
// the page enters the cache. What stays: structured data (JSON-LD) and Masthead's own progressive
// enhancements, marked `data-masthead` (small scripts from /public, e.g. live-coverage updates).
// Links still work as links: without the client router a click loads the next (cached) page.
// An enhancement is kept only as a file (`src`): public pages are served under `script-src 'self'`
// (lib/security/headers.ts), where inline script would not run anyway.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const DATA_BLOCK = /\btype="application\/ld\+json"/;
const ENHANCEMENT = /\bdata-masthead\b/;
const FILE = /\bsrc="/;
const keep = (attributes: string) =>
  DATA_BLOCK.test(attributes) || (ENHANCEMENT.test(attributes) && FILE.test(attributes));
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;

export function withoutClientRuntime(html: string): string {
  return html.replace(SCRIPT, (tag, attributes: string) => (keep(attributes) ? tag : "")).replace(SCRIPT_PRELOAD, "");
}
