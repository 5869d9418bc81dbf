"use client";

import { Document } from "@/components/document";
import { ErrorNotice } from "@/components/error-notice";
import { getMessages } from "@/lib/i18n";

// Above every audience's layout (which draws the <html>), so it draws its own.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Document lang={getMessages().htmlLang}>
      <ErrorNotice digest={error.digest} retry={reset} />
    </Document>
  );
}
