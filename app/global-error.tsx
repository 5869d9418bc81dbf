"use client";

import { Document } from "@/components/document";
import { ErrorNotice } from "@/components/error-notice";
import { getMessages } from "@/lib/i18n";
import "./globals.css";

// When even the root layout fails: replaces it, with its own <html> and styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Document lang={getMessages().htmlLang}>
      <ErrorNotice digest={error.digest} retry={reset} />
    </Document>
  );
}
