import type { ReactNode } from "react";

/** The <html> of every audience's layout, in the language its strings are in. */
export function Document({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
