import { Document } from "@/components/document";
import { NotFoundNotice } from "@/components/site/not-found-notice";
import { getMessages } from "@/lib/i18n";

/**
 * The last-resort 404, outside every audience's layout. Unknown addresses get the site's own 404 (the
 * front page's catch-all route); this one is static, so the build can prerender it without a database,
 * and it speaks the default language.
 */
export default function NotFound() {
  const messages = getMessages();
  return (
    <Document lang={messages.htmlLang}>
      <NotFoundNotice m={messages.site} Landmark="main" />
    </Document>
  );
}
