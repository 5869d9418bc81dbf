"use client";

// Keyboard shortcuts of the article editor, wherever the focus is on the page: Ctrl/⌘+S saves (and
// never opens the browser's "save page"), Ctrl/⌘+Shift+Enter does the editor's primary step (publish,
// or submit for review). Both press the form's own button, so they do exactly what a click does.
import { useEffect, type RefObject } from "react";

/** For aria-keyshortcuts. */
export const SAVE_KEYS = "Control+S Meta+S";
export const PRIMARY_KEYS = "Control+Shift+Enter Meta+Shift+Enter";

export function useSaveShortcuts(formRef: RefObject<HTMLFormElement | null>, primary: "publish" | "submit" | null) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return;
      const key = event.key.toLowerCase();
      const intent = key === "s" && !event.shiftKey ? "save" : key === "enter" && event.shiftKey ? primary : null;
      if (!intent) return;
      event.preventDefault();
      const form = formRef.current;
      const button = form?.querySelector<HTMLButtonElement>(`button[name="intent"][value="${intent}"]`);
      if (form && button && !button.disabled && !event.repeat) form.requestSubmit(button);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [formRef, primary]);
}
