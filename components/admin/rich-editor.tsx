"use client";

// The article body editor: Tiptap (ProseMirror) with exactly the elements the stored body allows. The
// form never reads the editor: a hidden input always holds the current body as normalized JSON, so the
// server action receives the same shape whether or not the editor finished loading.
//
// Chinese input: ProseMirror handles IME composition itself (it reads the composed text from the DOM
// when composition ends). What breaks pinyin input in React wrappers is replacing the editor's content
// or view props mid-composition, so: the initial document is captured once and never re-applied
// (no setContent from props), and every option passed to useEditor is referentially stable, because
// useEditor calls editor.setOptions (and with it view.updateState) whenever an option changes identity.
// Updating React state from onUpdate is safe: it re-renders the toolbar and hidden input, not the
// editable DOM.
import { useMemo, useState } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import { bodyWordCount, checkEditorJson, normalizeEditorJson, type BodyDoc } from "@/lib/newsroom/body";
import { FactBoxPanel, PullQuotePanel, VideoPanel } from "./rich-editor/body-panels";
import { createEditorExtensions } from "./rich-editor/extensions";
import type { RichEditorLabels } from "./rich-editor/labels";
import { cleanPastedHtml } from "./rich-editor/paste";
import { ImagePanel, LinkPanel } from "./rich-editor/panels";
import { Toolbar, type Panel } from "./rich-editor/toolbar";

export type { RichEditorLabels } from "./rich-editor/labels";

export interface RichEditorProps {
  /** Name of the hidden input carrying the body as JSON. */
  name: string;
  initial: BodyDoc;
  /**
   * What the form posted last, when the server refused it: kept as the field's value until the writer
   * edits, so a refused element the editor cannot show (a video from a site off the list) is not dropped
   * without a word. Default: the initial document.
   */
  initialPosted?: string;
  labels: RichEditorLabels;
  onChange?: (doc: BodyDoc) => void;
}

// Tailwind's preflight strips list markers and heading sizes; the editable area restores them here
// (the public page styles .article-body separately).
const EDITABLE_CLASS = [
  "min-h-72 px-4 py-3 leading-relaxed focus:outline-none",
  "[&_p]:my-2 [&_h2]:mt-5 [&_h2]:mb-2 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:mb-2 [&_h3]:text-lg [&_h3]:font-bold",
  "[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-neutral-300 [&_blockquote]:pl-4 [&_blockquote]:text-neutral-600 dark:[&_blockquote]:text-neutral-400",
  "[&_hr]:my-4 [&_hr]:border-neutral-300 [&_a]:text-brand [&_a]:underline",
  "[&_figure]:my-3 [&_img]:max-w-full [&_figcaption]:mt-1 [&_figcaption]:text-sm [&_figcaption]:text-neutral-500",
  "[&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-brand",
  "[&_table]:my-3 [&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-neutral-300 [&_td]:px-2 [&_th]:border [&_th]:border-neutral-300 [&_th]:bg-neutral-100 [&_th]:px-2 [&_th]:text-left dark:[&_th]:bg-neutral-800 [&_td_p]:my-1 [&_th_p]:my-1 [&_.selectedCell]:bg-brand/10",
  "[&_.video-stand-in]:rounded [&_.video-stand-in]:bg-neutral-800 [&_.video-stand-in]:px-4 [&_.video-stand-in]:py-6 [&_.video-stand-in]:text-center [&_.video-stand-in]:text-white",
  "[&_.pull-quote]:my-4 [&_.pull-quote]:border-y-2 [&_.pull-quote]:border-neutral-400 [&_.pull-quote]:py-2 [&_.pull-quote_blockquote]:border-0 [&_.pull-quote_blockquote]:text-lg [&_.pull-quote_blockquote]:font-bold",
  "[&_.fact-box]:my-4 [&_.fact-box]:rounded [&_.fact-box]:bg-neutral-100 [&_.fact-box]:p-3 dark:[&_.fact-box]:bg-neutral-900 [&_.fact-box_header]:mb-1 [&_.fact-box_header]:text-sm",
].join(" ");

// ProseMirror needs at least one block to put a cursor in.
function editorContent(doc: BodyDoc): BodyDoc {
  return doc.content.length > 0 ? doc : { type: "doc", content: [{ type: "paragraph" }] };
}

export function RichEditor({ name, initial, initialPosted, labels, onChange }: RichEditorProps) {
  const [initialContent] = useState(() => editorContent(initial));
  const [doc, setDoc] = useState<BodyDoc>(() => normalizeEditorJson(initial));
  // What the form posts: the normalized body, or, should the editor ever hold something the body refuses,
  // its own JSON, so the server names the problem and nothing the writer did is silently dropped.
  const [posted, setPosted] = useState(() => initialPosted ?? JSON.stringify(doc));
  const [panel, setPanel] = useState<Panel | null>(null);

  // Created once (see above); Mod-K only needs the state setter, which React keeps stable.
  const [extensions] = useState(() =>
    createEditorExtensions({
      onLinkShortcut: () => setPanel("link"),
      photoCredit: labels.photoCredit,
      videoProviders: labels.videoProviders,
      videoPlaceholder: labels.videoPlaceholder,
    }),
  );

  const editorProps = useMemo(
    () => ({
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": labels.body,
        "data-testid": "rich-editor",
        class: EDITABLE_CLASS,
      },
      transformPastedHTML: cleanPastedHtml,
    }),
    [labels.body],
  );

  const editor = useEditor({
    extensions,
    content: initialContent,
    editorProps,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: current }) => {
      const json = current.getJSON();
      const checked = checkEditorJson(json);
      if (checked.ok) {
        setDoc(checked.doc);
        setPosted(JSON.stringify(checked.doc));
        onChange?.(checked.doc);
      } else {
        setPosted(JSON.stringify(json));
        onChange?.(doc);
      }
    },
  });

  const closePanel = () => setPanel(null);

  return (
    <div className="overflow-hidden rounded border border-neutral-300 focus-within:border-neutral-500 dark:border-neutral-700">
      <input type="hidden" name={name} value={posted} />
      <Toolbar editor={editor} labels={labels} panel={panel} onPanel={setPanel} />
      {editor && panel === "link" ? <LinkPanel editor={editor} labels={labels} onClose={closePanel} /> : null}
      {editor && panel === "image" ? <ImagePanel editor={editor} labels={labels} onClose={closePanel} /> : null}
      {editor && panel === "video" ? <VideoPanel editor={editor} labels={labels} onClose={closePanel} /> : null}
      {editor && panel === "pullQuote" ? <PullQuotePanel editor={editor} labels={labels} onClose={closePanel} /> : null}
      {editor && panel === "factBox" ? <FactBoxPanel editor={editor} labels={labels} onClose={closePanel} /> : null}
      {editor ? (
        <EditorContent editor={editor} className="bg-white dark:bg-neutral-950" />
      ) : (
        <div className="min-h-72 px-4 py-3 text-sm text-neutral-500" aria-busy="true">
          {labels.loading}
        </div>
      )}
      <div className="border-t border-neutral-200 px-3 py-1 text-right text-xs text-neutral-500 dark:border-neutral-800">
        {labels.wordCount} {bodyWordCount(doc)}
      </div>
    </div>
  );
}
