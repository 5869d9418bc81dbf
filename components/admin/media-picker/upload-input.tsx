"use client";

import { useId, useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { fill } from "@/lib/i18n/fill";
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABELS } from "@/lib/media/types";
import type { MediaItem } from "@/lib/services/media/media-item";
import { uploadImage } from "./upload";

interface Props {
  maxBytes: number;
  onUploaded: (item: MediaItem) => void;
  label?: string;
}

/** A file input that uploads what is chosen at once and says plainly why a file was refused. */
export function UploadInput({ maxBytes, onUploaded, label }: Props) {
  const m = useAdminMessages().upload;
  const id = useId();
  const [state, setState] = useState<{ kind: "idle" } | { kind: "uploading" } | { kind: "refused"; message: string }>({
    kind: "idle",
  });
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label ?? m.label}
      </label>
      <input
        id={id}
        type="file"
        // Only a hint for the file chooser: the server decides by the file's content.
        accept={ACCEPT_ATTRIBUTE}
        disabled={state.kind === "uploading"}
        aria-describedby={`${id}-hint ${id}-status`}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1 dark:file:bg-neutral-900"
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setState({ kind: "uploading" });
          const result = await uploadImage(file, maxBytes, m);
          input.value = "";
          if (result.ok) {
            setState({ kind: "idle" });
            onUploaded(result.item);
          } else {
            setState({ kind: "refused", message: result.message });
          }
        }}
      />
      <span id={`${id}-hint`} className="mt-1 block text-xs text-neutral-500">
        {fill(m.limits, { types: ACCEPTED_LABELS, mb: Math.round(maxBytes / (1024 * 1024)) })}
      </span>
      <span id={`${id}-status`} aria-live="polite" className="block text-sm">
        {state.kind === "uploading" ? <span className="text-neutral-500">{m.uploading}</span> : null}
        {state.kind === "refused" ? (
          <span role="alert" className="text-red-700 dark:text-red-400">
            {state.message}
          </span>
        ) : null}
      </span>
    </div>
  );
}
