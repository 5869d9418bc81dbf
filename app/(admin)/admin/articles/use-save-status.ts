"use client";

// Whether the editor's text is safe, and what is being done about it when it is not: unsaved changes
// are autosaved after a pause; a save that never reached the server (network down, server error) is
// tried again, less and less often, until one gets through; leaving the page while anything is unsaved
// asks first. No save can leave the editor stuck in "saving".
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { saveArticleAction } from "@/lib/actions/articles/save-article";

export type SaveStatus =
  | { kind: "clean" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string; keptAside: boolean }
  /** The server answered no (invalid input, a conflict, an ended session): the editor must act. */
  | { kind: "refused"; message: string }
  /** The save did not get an answer; it is tried again at `retryAt`. */
  | { kind: "failed"; attempt: number; retryAt: number };

/** Waits before each new try after a failed save: quickly at first, then at most once a minute. */
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

export function failedSave(attempt: number, now = Date.now()): SaveStatus {
  const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length) - 1] ?? 60_000;
  return { kind: "failed", attempt, retryAt: now + delay };
}

const UNSAVED: ReadonlySet<SaveStatus["kind"]> = new Set(["dirty", "saving", "refused", "failed"]);

interface Options {
  formRef: RefObject<HTMLFormElement | null>;
  /** Milliseconds between a change and its autosave. */
  delayMs: number;
  /** No autosave (read-only, or a save the editor asked for is under way). */
  paused: boolean;
  onSaved: (saved: { id: number; version: number }) => void;
  unknownError: string;
}

export function useSaveStatus({ formRef, delayMs, paused, onSaved, unknownError }: Options) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "clean" });
  // Changes typed while a save is on its way are not in that save.
  const changedWhileSaving = useRef(false);
  // A save the editor asked for is on its way. Its "saving" status only shows when its action ends
  // (React commits an action's updates then), so the status cannot hold the autosave back: this does.
  const manualSave = useRef(false);

  const markDirty = useCallback(() => {
    setStatus((current) => {
      if (current.kind === "saving") {
        changedWhileSaving.current = true;
        return current;
      }
      // A retry is due anyway, and it sends the text as it is then.
      return current.kind === "failed" ? current : { kind: "dirty" };
    });
  }, []);

  const autosave = useCallback(
    async (attempt: number) => {
      const form = formRef.current;
      // The editor's own save carries the same text; an autosave beside it would be taken for a rival edit.
      if (!form || manualSave.current) return;
      const data = new FormData(form);
      if (String(data.get("title") ?? "").trim() === "") {
        // Nothing worth keeping yet; typing a title arms the autosave again.
        setStatus((current) => (current.kind === "failed" ? { kind: "dirty" } : current));
        return;
      }
      data.set("intent", "autosave");
      changedWhileSaving.current = false;
      setStatus({ kind: "saving" });
      try {
        const result = await saveArticleAction(null, data);
        if (result?.ok) {
          onSaved(result);
          setStatus(
            changedWhileSaving.current
              ? { kind: "dirty" }
              : { kind: "saved", at: result.at, keptAside: result.keptAside },
          );
        } else {
          setStatus({ kind: "refused", message: result?.message ?? unknownError });
        }
      } catch {
        setStatus(failedSave(attempt + 1));
      }
    },
    [formRef, onSaved, unknownError],
  );

  /** Runs the editor's own save with the autosave held back until it is answered. */
  const whileSaving = useCallback(async <T>(save: () => Promise<T>): Promise<T> => {
    manualSave.current = true;
    try {
      return await save();
    } finally {
      manualSave.current = false;
    }
  }, []);

  useEffect(() => {
    if (paused) return;
    if (status.kind === "dirty") {
      const timer = setTimeout(() => void autosave(0), delayMs);
      return () => clearTimeout(timer);
    }
    if (status.kind === "failed") {
      const timer = setTimeout(() => void autosave(status.attempt), Math.max(0, status.retryAt - Date.now()));
      return () => clearTimeout(timer);
    }
  }, [autosave, delayMs, paused, status]);

  // Closing the tab, reloading or leaving the site with anything unsaved asks first.
  const unsaved = UNSAVED.has(status.kind);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const retryNow = useCallback(() => {
    if (status.kind === "failed") void autosave(status.attempt);
  }, [autosave, status]);

  return { status, setStatus, markDirty, retryNow, whileSaving };
}
