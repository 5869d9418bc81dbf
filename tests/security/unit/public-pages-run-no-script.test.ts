// Issue 9 §4: public pages are served under `script-src 'self'` with no nonce (they are cached for
// everyone), which holds only if nothing inline is left to run once Next's client runtime is taken
// out: cached pages as they enter the store, search results as they leave the server.
import { gzipSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { withoutClientRuntime } from "@/lib/cache/strip-client-runtime";
import { stripPerRequestPage } from "@/lib/server/strip-per-request-page";

const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script>
<script nonce="abc">self.__next_f=[]</script></head><body><p>结果</p>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script data-masthead="" src="/live.js" defer=""></script>
<script data-masthead="">alert(1)</script>
<script>self.__next_f.push([1,"x"])</script></body></html>`;

/** Scripts a browser would execute without a src: what `script-src 'self'` blocks (and reports). */
function inlineExecutable(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = "", body = ""]) => !/\bsrc=|application\/ld\+json/.test(attributes) && body.trim() !== "")
    .map(([tag]) => tag);
}

describe("public pages run no inline script", () => {
  it("cached pages: only JSON-LD and enhancement files stay, an inline enhancement goes too", () => {
    expect(inlineExecutable(PAGE)).toHaveLength(3);
    const html = withoutClientRuntime(PAGE);
    expect(inlineExecutable(html)).toEqual([]);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<script data-masthead="" src="/live.js" defer=""></script>');
    expect(html).not.toContain("main.js");
  });

  it("search results rendered per request: stripped in whatever encoding Next compressed them", () => {
    const gzipped = stripPerRequestPage(gzipSync(PAGE), "text/html; charset=utf-8", "gzip");
    expect(inlineExecutable(gunzipSync(gzipped).toString())).toEqual([]);
    const plain = stripPerRequestPage(Buffer.from(PAGE), "text/html", undefined).toString();
    expect(inlineExecutable(plain)).toEqual([]);
    expect(plain).toContain("<p>结果</p>");
  });

  it("leaves other bodies alone", () => {
    const text = Buffer.from("User-agent: *\n<script>x</script>");
    expect(stripPerRequestPage(text, "text/plain", undefined)).toBe(text);
    const unreadable = Buffer.from("not gzip at all");
    expect(stripPerRequestPage(unreadable, "text/html", "gzip")).toBe(unreadable);
  });
});
