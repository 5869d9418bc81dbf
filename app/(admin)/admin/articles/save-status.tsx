"use client";

import { useEffect, useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { fill } from "@/lib/i18n/fill";
import type { SaveStatus } from "./use-save-status";

/** Seconds until `at`, counted down while it is shown. */
function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

/** What the editor's text is: saved, unsaved, on its way, or refused or failed and what happens next. */
export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const m = useAdminMessages().editor;
  const seconds = useSecondsUntil(status.kind === "failed" ? status.retryAt : null);
  const text = (() => {
    switch (status.kind) {
      case "clean":
        return m.autosaveClean;
      case "dirty":
        return m.autosaveDirty;
      case "saving":
        return m.saving;
      case "saved": {
        const time = new Date(status.at).toLocaleTimeString(m.timeLocale, {
          hour: "2-digit",
          minute: "2-digit",
          second: "2-digit",
        });
        return `${fill(m.autosaved, { time })}${status.keptAside ? m.keptAside : ""}`;
      }
      case "refused":
        return fill(m.saveRefused, { message: status.message });
      case "failed":
        return fill(m.saveFailed, { seconds });
    }
  })();
  const alarming = status.kind === "refused" || status.kind === "failed";
  return (
    <span className="flex items-center gap-2">
      <span
        data-testid="autosave-status"
        aria-live="polite"
        className={`text-sm ${alarming ? "font-medium text-red-700 dark:text-red-400" : "text-neutral-600 dark:text-neutral-400"}`}
      >
        {text}
      </span>
      {status.kind === "failed" && (
        <button type="button" onClick={onRetry} className="text-sm text-brand underline">
          {m.retryNow}
        </button>
      )}
    </span>
  );
}
