"use client";

// Inline forms for the two toolbar actions that need input (link address; image address, alt text,
// caption, credit). They are not <form>s: the editor sits inside the article form, and a nested form
// is invalid HTML. Enter applies and Escape cancels, and neither reaches the article form.
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import type { Editor } from "@tiptap/react";
import { useMediaLibrary } from "@/components/admin/media-picker/library-context";
import { MediaBrowser } from "@/components/admin/media-picker/media-browser";
import { mediaName } from "@/components/admin/media-picker/media-thumb";
import { isSafeHref, isSafeImageSrc } from "@/lib/newsroom/body";
import type { MediaItem } from "@/lib/services/media/media-item";
import type { RichEditorLabels } from "./labels";
import { fill } from "@/lib/i18n/fill";

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";
export const buttonClass =
  "rounded border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";

/** Writers paste "www.xinhua.net" or an e-mail address; give those the scheme the allow-list requires. */
export function withScheme(url: string): string {
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(url)) return `mailto:${url}`;
  if (/^(?![a-z][a-z0-9+.-]*:)[^\s/\\]+\.[^\s/\\]+(?:[/?#].*)?$/i.test(url)) return `https://${url}`;
  return url;
}

export function stringAttr(editor: Editor, type: string, name: string): string {
  const value: unknown = editor.getAttributes(type)[name];
  return typeof value === "string" ? value : "";
}

function numberAttr(editor: Editor, type: string, name: string): number | null {
  const value: unknown = editor.getAttributes(type)[name];
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null;
}

/** The library image behind the panel's address, if it came from the library: its id and size. */
interface LibraryImage {
  mediaId: number;
  width: number | null;
  height: number | null;
  name: string;
}

export function panelKeys(apply: () => void, cancel: () => void) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    // The Enter that confirms a pinyin candidate is not "apply" (Safari reports it as keyCode 229 instead).
    if (event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229) return;
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      apply();
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  };
}

export function TextField({
  label,
  value,
  onChange,
  error,
  inputMode,
  autoFocus,
  list,
  maxLength,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  inputMode?: "url" | "text";
  autoFocus?: boolean;
  /** The id of a <datalist> of suggestions. */
  list?: string;
  maxLength?: number;
}) {
  const id = useId();
  return (
    <div className="min-w-48 flex-1">
      <label htmlFor={id} className="text-xs font-medium">
        {label}
      </label>
      <input
        id={id}
        // type="text", not "url": site paths ("/2024/…") are valid here but not to the browser's URL check.
        type="text"
        inputMode={inputMode}
        autoFocus={autoFocus}
        list={list}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
      {error ? (
        <span id={`${id}-error`} role="alert" className="mt-1 block text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function Panel({
  label,
  onKeyDown,
  children,
}: {
  label: string;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  children: ReactNode;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="flex flex-wrap items-end gap-2 border-b border-neutral-200 bg-neutral-50 px-3 py-2 dark:border-neutral-800 dark:bg-neutral-900"
    >
      {children}
    </div>
  );
}

export interface PanelProps {
  editor: Editor;
  labels: RichEditorLabels;
  onClose: () => void;
}

/** Cancelling a panel puts the cursor back in the body, where the writer was. */
export function useClose(editor: Editor, onClose: () => void) {
  return () => {
    onClose();
    editor.commands.focus();
  };
}

/** How a panel ends: its apply button, labelled for inserting or updating, then cancel. */
export function PanelActions({
  apply,
  applyLabel,
  cancel,
  cancelLabel,
}: {
  apply: () => void;
  applyLabel: string;
  cancel: () => void;
  cancelLabel: string;
}) {
  return (
    <>
      <button type="button" onClick={apply} className={buttonClass}>
        {applyLabel}
      </button>
      <button type="button" onClick={cancel} className={buttonClass}>
        {cancelLabel}
      </button>
    </>
  );
}

export function LinkPanel({ editor, labels, onClose }: PanelProps) {
  const [url, setUrl] = useState(() => stringAttr(editor, "link", "href"));
  const [invalid, setInvalid] = useState(false);
  const hasLink = editor.isActive("link");

  const close = useClose(editor, onClose);
  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };
  const apply = () => {
    const href = withScheme(url.trim());
    if (href === "") return remove();
    if (!isSafeHref(href)) return setInvalid(true);
    if (editor.state.selection.empty && !hasLink) {
      // Nothing selected: the address itself becomes the linked text.
      editor
        .chain()
        .focus()
        .insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
    onClose();
  };

  return (
    <Panel label={labels.link} onKeyDown={panelKeys(apply, close)}>
      <TextField
        label={labels.linkUrl}
        value={url}
        onChange={(value) => {
          setUrl(value);
          setInvalid(false);
        }}
        error={invalid ? labels.invalidLink : null}
        inputMode="url"
        autoFocus
      />
      <button type="button" onClick={apply} className={buttonClass}>
        {labels.linkApply}
      </button>
      {hasLink ? (
        <button type="button" onClick={remove} className={buttonClass}>
          {labels.linkRemove}
        </button>
      ) : null}
      <button type="button" onClick={close} className={buttonClass}>
        {labels.cancel}
      </button>
    </Panel>
  );
}

export function ImagePanel({ editor, labels, onClose }: PanelProps) {
  // With an image selected the panel edits it; otherwise it inserts a new one at the cursor.
  const [editing] = useState(() => editor.isActive("image"));
  const [fields, setFields] = useState(() => ({
    src: editing ? stringAttr(editor, "image", "src") : "",
    alt: editing ? stringAttr(editor, "image", "alt") : "",
    caption: editing ? stringAttr(editor, "image", "caption") : "",
    credit: editing ? stringAttr(editor, "image", "credit") : "",
  }));
  const [library, setLibrary] = useState<LibraryImage | null>(() => {
    const mediaId = editing ? numberAttr(editor, "image", "mediaId") : null;
    if (mediaId === null) return null;
    const [width, height] = [numberAttr(editor, "image", "width"), numberAttr(editor, "image", "height")];
    return { mediaId, width, height, name: fill(labels.imageName, { id: mediaId }) };
  });
  const mediaLibrary = useMediaLibrary();
  const [browsing, setBrowsing] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const set = (name: keyof typeof fields) => (value: string) => {
    setFields((current) => ({ ...current, [name]: value }));
    if (name === "src") {
      setInvalid(false);
      // A typed address is another image: the library's record and size no longer describe it.
      setLibrary(null);
    }
  };
  // A library image fills in its address and size, and its alt text, caption and credit as defaults that
  // the writer may change for this article.
  const pick = (item: MediaItem) => {
    setFields({ src: item.image.src, alt: item.alt, caption: item.caption ?? "", credit: item.credit ?? "" });
    setLibrary({
      mediaId: item.id,
      width: item.image.width,
      height: item.image.height,
      name: mediaName(item, labels.imageName),
    });
    setInvalid(false);
    setBrowsing(false);
  };

  const close = useClose(editor, onClose);
  const apply = () => {
    const src = withScheme(fields.src.trim());
    if (!isSafeImageSrc(src)) return setInvalid(true);
    const attrs = {
      src,
      alt: fields.alt.trim(),
      caption: fields.caption.trim() || null,
      credit: fields.credit.trim() || null,
      mediaId: library?.mediaId ?? null,
      width: library?.width ?? null,
      height: library?.height ?? null,
    };
    if (editing) editor.chain().focus().updateAttributes("image", attrs).run();
    else editor.chain().focus().insertContent({ type: "image", attrs }).run();
    onClose();
  };

  return (
    <Panel label={labels.image} onKeyDown={panelKeys(apply, close)}>
      {mediaLibrary ? (
        <div className="w-full">
          <button type="button" onClick={() => setBrowsing(!browsing)} aria-expanded={browsing} className={buttonClass}>
            {labels.imageLibrary}
          </button>
          {library ? (
            <span className="ml-2 text-xs text-neutral-600 dark:text-neutral-400" data-testid="image-from-library">
              {labels.imageFromLibrary}:{library.name}
            </span>
          ) : null}
          {browsing ? (
            <div className="mt-2 rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-950">
              <MediaBrowser maxBytes={mediaLibrary.maxBytes} onSelect={pick} />
            </div>
          ) : null}
        </div>
      ) : null}
      <TextField
        label={labels.imageUrl}
        value={fields.src}
        onChange={set("src")}
        error={invalid ? labels.invalidImage : null}
        inputMode="url"
        autoFocus
      />
      <TextField label={labels.imageAlt} value={fields.alt} onChange={set("alt")} />
      <TextField label={labels.imageCaption} value={fields.caption} onChange={set("caption")} />
      <TextField label={labels.imageCredit} value={fields.credit} onChange={set("credit")} />
      <PanelActions
        apply={apply}
        applyLabel={editing ? labels.imageUpdate : labels.imageInsert}
        cancel={close}
        cancelLabel={labels.cancel}
      />
    </Panel>
  );
}
