"use client";

import type { KeyboardEvent } from "react";
import { useEditorState, type Editor } from "@tiptap/react";
import type { RichEditorLabels } from "./labels";

export type Panel = "link" | "image" | "video" | "pullQuote" | "factBox";

interface ToolbarButton {
  key: string;
  label: string;
  /** Visible text when it is shorter than the label; it must be part of the label (WCAG 2.5.3). */
  text?: string;
  /** The StarterKit keymap entry, spelled for aria-keyshortcuts ("Mod" is Control or Meta). */
  shortcut?: string;
  /** Toggle state, exposed as aria-pressed; absent for one-shot actions. */
  pressed?: boolean;
  expanded?: boolean;
  disabled?: boolean;
  run: () => void;
}

function keyShortcuts(shortcut: string): string {
  return ["Control", "Meta"].map((mod) => shortcut.replace("Mod", mod)).join(" ");
}

function shortcutHint(shortcut: string): string {
  return shortcut.replace("Mod", "Ctrl/⌘");
}

/** Arrow keys move between toolbar buttons, as in the ARIA toolbar pattern. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  const edge = { Home: "first", End: "last" }[event.key];
  if (step === undefined && edge === undefined) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)"));
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    edge === "first"
      ? 0
      : edge === "last"
        ? buttons.length - 1
        : (current + (step ?? 0) + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

type Chain = () => ReturnType<Editor["chain"]> | undefined;

/** Shown while the cursor is in a table. */
function tableButtons(labels: RichEditorLabels, chain: Chain): ToolbarButton[] {
  return [
    { key: "tableAddRow", label: labels.tableAddRow, run: () => chain()?.addRowAfter().run() },
    { key: "tableAddColumn", label: labels.tableAddColumn, run: () => chain()?.addColumnAfter().run() },
    { key: "tableDeleteRow", label: labels.tableDeleteRow, run: () => chain()?.deleteRow().run() },
    { key: "tableDeleteColumn", label: labels.tableDeleteColumn, run: () => chain()?.deleteColumn().run() },
    { key: "tableHeaderRow", label: labels.tableHeaderRow, run: () => chain()?.toggleHeaderRow().run() },
    { key: "tableDelete", label: labels.tableDelete, run: () => chain()?.deleteTable().run() },
  ];
}

export function Toolbar({
  editor,
  labels,
  panel,
  onPanel,
}: {
  editor: Editor | null;
  labels: RichEditorLabels;
  panel: Panel | null;
  onPanel: (panel: Panel | null) => void;
}) {
  // Only this selection re-renders the toolbar; the editable DOM is never touched by React renders.
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? {
            h2: current.isActive("heading", { level: 2 }),
            h3: current.isActive("heading", { level: 3 }),
            bold: current.isActive("bold"),
            italic: current.isActive("italic"),
            link: current.isActive("link"),
            bulletList: current.isActive("bulletList"),
            orderedList: current.isActive("orderedList"),
            blockquote: current.isActive("blockquote"),
            table: current.isActive("table"),
            video: current.isActive("video"),
            pullQuote: current.isActive("pullQuote"),
            factBox: current.isActive("factBox"),
            canUndo: current.can().undo(),
            canRedo: current.can().redo(),
          }
        : null,
  });

  const chain: Chain = () => editor?.chain().focus();
  const toggle = (next: Panel) => onPanel(panel === next ? null : next);

  const buttons: ToolbarButton[] = [
    {
      key: "h2",
      label: labels.heading2,
      text: "H2",
      shortcut: "Mod+Alt+2",
      pressed: state?.h2 ?? false,
      run: () => chain()?.toggleHeading({ level: 2 }).run(),
    },
    {
      key: "h3",
      label: labels.heading3,
      text: "H3",
      shortcut: "Mod+Alt+3",
      pressed: state?.h3 ?? false,
      run: () => chain()?.toggleHeading({ level: 3 }).run(),
    },
    {
      key: "bold",
      label: labels.bold,
      shortcut: "Mod+B",
      pressed: state?.bold ?? false,
      run: () => chain()?.toggleBold().run(),
    },
    {
      key: "italic",
      label: labels.italic,
      shortcut: "Mod+I",
      pressed: state?.italic ?? false,
      run: () => chain()?.toggleItalic().run(),
    },
    {
      key: "link",
      label: labels.link,
      shortcut: "Mod+K",
      pressed: state?.link ?? false,
      expanded: panel === "link",
      run: () => toggle("link"),
    },
    {
      key: "bulletList",
      label: labels.bulletList,
      shortcut: "Mod+Shift+8",
      pressed: state?.bulletList ?? false,
      run: () => chain()?.toggleBulletList().run(),
    },
    {
      key: "orderedList",
      label: labels.orderedList,
      shortcut: "Mod+Shift+7",
      pressed: state?.orderedList ?? false,
      run: () => chain()?.toggleOrderedList().run(),
    },
    {
      key: "blockquote",
      label: labels.blockquote,
      shortcut: "Mod+Shift+B",
      pressed: state?.blockquote ?? false,
      run: () => chain()?.toggleBlockquote().run(),
    },
    { key: "hr", label: labels.horizontalRule, run: () => chain()?.setHorizontalRule().run() },
    { key: "image", label: labels.image, expanded: panel === "image", run: () => toggle("image") },
    {
      key: "table",
      label: labels.table,
      // Three by three with a header row: the shape most news tables start from.
      disabled: state?.table,
      run: () => chain()?.insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    ...(state?.table ? tableButtons(labels, chain) : []),
    {
      key: "video",
      label: labels.video,
      pressed: state?.video ?? false,
      expanded: panel === "video",
      run: () => toggle("video"),
    },
    {
      key: "pullQuote",
      label: labels.pullQuote,
      pressed: state?.pullQuote ?? false,
      expanded: panel === "pullQuote",
      run: () => toggle("pullQuote"),
    },
    {
      key: "factBox",
      label: labels.factBox,
      pressed: state?.factBox ?? false,
      expanded: panel === "factBox",
      run: () => toggle("factBox"),
    },
    {
      key: "undo",
      label: labels.undo,
      shortcut: "Mod+Z",
      disabled: !state?.canUndo,
      run: () => chain()?.undo().run(),
    },
    {
      key: "redo",
      label: labels.redo,
      shortcut: "Mod+Shift+Z",
      disabled: !state?.canRedo,
      run: () => chain()?.redo().run(),
    },
  ];

  return (
    <div
      role="toolbar"
      aria-label={labels.toolbar}
      onKeyDown={moveFocus}
      className="flex flex-wrap gap-1 border-b border-neutral-200 bg-neutral-50 px-2 py-1.5 dark:border-neutral-800 dark:bg-neutral-900"
    >
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          aria-label={button.label}
          aria-pressed={button.pressed}
          aria-expanded={button.expanded}
          aria-keyshortcuts={button.shortcut ? keyShortcuts(button.shortcut) : undefined}
          title={button.shortcut ? `${button.label}（${shortcutHint(button.shortcut)}）` : button.label}
          disabled={!editor || button.disabled}
          // Keep the editor's selection: a mousedown on the button would otherwise take focus from it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
          className="rounded px-2 py-1 text-sm hover:bg-neutral-200 disabled:opacity-40 aria-pressed:bg-neutral-800 aria-pressed:text-white dark:hover:bg-neutral-700 dark:aria-pressed:bg-neutral-200 dark:aria-pressed:text-neutral-900"
        >
          {button.text ?? button.label}
        </button>
      ))}
    </div>
  );
}
