"use client";

// Inline forms for the richer body elements: a video (its address or embed code, read into provider +
// id before anything is inserted), a pull quote's attribution, a fact box's label and title. With the
// cursor in (or the video selected) an element, the panel edits it; otherwise it inserts one.
import { useId, useState } from "react";
import type { Editor } from "@tiptap/react";
import { fill } from "@/lib/i18n/fill";
import { BODY_LIMITS, parseVideoInput, VIDEO_PROVIDERS, isVideoRef } from "@/lib/newsroom/body";
import { Panel, PanelActions, panelKeys, stringAttr, TextField, useClose, type PanelProps } from "./panels";

/** The address the panel shows for a video being edited: its page on the provider's site. */
function currentVideoAddress(editor: Editor): string {
  const { provider, id } = editor.getAttributes("video");
  return isVideoRef(provider, id) ? VIDEO_PROVIDERS[provider].watchUrl(String(id)) : "";
}

export function VideoPanel({ editor, labels, onClose }: PanelProps) {
  const [editing] = useState(() => editor.isActive("video"));
  const [input, setInput] = useState(() => (editing ? currentVideoAddress(editor) : ""));
  const [caption, setCaption] = useState(() => (editing ? stringAttr(editor, "video", "caption") : ""));
  const [error, setError] = useState<string | null>(null);
  const close = useClose(editor, onClose);
  const parsed = parseVideoInput(input);

  const apply = () => {
    if (!parsed.ok) return setError(labels.videoErrors[parsed.error]);
    const attrs = { ...parsed.video, caption: caption.trim() || null };
    if (editing) editor.chain().focus().updateAttributes("video", attrs).run();
    else editor.chain().focus().insertContent({ type: "video", attrs }).run();
    onClose();
  };

  return (
    <Panel label={labels.video} onKeyDown={panelKeys(apply, close)}>
      <TextField
        label={labels.videoInput}
        value={input}
        onChange={(value) => {
          setInput(value);
          setError(null);
        }}
        error={error}
        inputMode="url"
        autoFocus
      />
      <TextField
        label={labels.videoCaption}
        value={caption}
        onChange={setCaption}
        maxLength={BODY_LIMITS.videoCaption}
      />
      <PanelActions
        apply={apply}
        applyLabel={editing ? labels.videoUpdate : labels.videoInsert}
        cancel={close}
        cancelLabel={labels.cancel}
      />
      {parsed.ok ? (
        <p className="w-full text-xs text-neutral-600 dark:text-neutral-400" data-testid="video-recognised">
          {fill(labels.videoRecognised, {
            provider: labels.videoProviders[parsed.video.provider],
            id: parsed.video.id,
          })}
        </p>
      ) : null}
    </Panel>
  );
}

/** Wraps the selected paragraphs in the element, or inserts an empty one where they cannot be wrapped. */
function wrapOrInsert(editor: Editor, type: "pullQuote" | "factBox", attrs: Record<string, string | null>) {
  if (editor.chain().focus().wrapIn(type, attrs).run()) return;
  editor
    .chain()
    .focus()
    .insertContent({ type, attrs, content: [{ type: "paragraph" }] })
    .run();
}

export function PullQuotePanel({ editor, labels, onClose }: PanelProps) {
  const [editing] = useState(() => editor.isActive("pullQuote"));
  const [cite, setCite] = useState(() => (editing ? stringAttr(editor, "pullQuote", "cite") : ""));
  const close = useClose(editor, onClose);

  const apply = () => {
    const attrs = { cite: cite.trim() || null };
    if (editing) editor.chain().focus().updateAttributes("pullQuote", attrs).run();
    else wrapOrInsert(editor, "pullQuote", attrs);
    onClose();
  };

  return (
    <Panel label={labels.pullQuote} onKeyDown={panelKeys(apply, close)}>
      <TextField
        label={labels.pullQuoteCite}
        value={cite}
        onChange={setCite}
        maxLength={BODY_LIMITS.pullQuoteCite}
        autoFocus
      />
      <PanelActions
        apply={apply}
        applyLabel={editing ? labels.pullQuoteUpdate : labels.pullQuoteApply}
        cancel={close}
        cancelLabel={labels.cancel}
      />
    </Panel>
  );
}

export function FactBoxPanel({ editor, labels, onClose }: PanelProps) {
  const [editing] = useState(() => editor.isActive("factBox"));
  const [label, setLabel] = useState(() =>
    editing ? stringAttr(editor, "factBox", "label") : labels.factBoxDefaultLabel,
  );
  const [title, setTitle] = useState(() => (editing ? stringAttr(editor, "factBox", "title") : ""));
  const [missing, setMissing] = useState(false);
  const close = useClose(editor, onClose);
  const suggestions = useId();

  const apply = () => {
    if (label.trim() === "") return setMissing(true);
    const attrs = { label: label.trim(), title: title.trim() || null };
    if (editing) editor.chain().focus().updateAttributes("factBox", attrs).run();
    else wrapOrInsert(editor, "factBox", attrs);
    onClose();
  };

  return (
    <Panel label={labels.factBox} onKeyDown={panelKeys(apply, close)}>
      <TextField
        label={`${labels.factBoxLabel} (${labels.factBoxLabelHint})`}
        value={label}
        onChange={(value) => {
          setLabel(value);
          setMissing(false);
        }}
        error={missing ? labels.factBoxLabelRequired : null}
        list={suggestions}
        maxLength={BODY_LIMITS.factBoxLabel}
        autoFocus
      />
      <datalist id={suggestions}>
        {labels.factBoxLabels.split(",").map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
      <TextField label={labels.factBoxTitle} value={title} onChange={setTitle} maxLength={BODY_LIMITS.factBoxTitle} />
      <PanelActions
        apply={apply}
        applyLabel={editing ? labels.factBoxUpdate : labels.factBoxApply}
        cancel={close}
        cancelLabel={labels.cancel}
      />
    </Panel>
  );
}
