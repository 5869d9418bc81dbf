// The editor's nodes for the richer body elements, under the names and with the attributes the stored
// body uses (lib/newsroom/body/schema.ts): a table of paragraph cells, a video as provider + id, a pull
// quote and a fact box. Their HTML here is only the editor's own view and clipboard format; readers get
// the renderer's (lib/newsroom/body/html.ts). Each reads back from the same HTML it writes, so copy and
// paste inside the editor keeps them; the paste cleaner keeps exactly these data-* attributes.
import { mergeAttributes, Node, type AnyExtension } from "@tiptap/core";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { fill } from "@/lib/i18n/fill";
import { BODY_LIMITS, isVideoRef, type VideoProvider } from "@/lib/newsroom/body";

export interface BodyNodeOptions {
  /** Names of the providers as the editor shows them; the provider keys when not given. */
  videoProviders?: Record<VideoProvider, string>;
  /** The stand-in text for a video ("{provider}", "{id}"). */
  videoPlaceholder?: string;
}

function text(element: HTMLElement, name: string, max: number): string | null {
  const value = element.getAttribute(name)?.trim() ?? "";
  return value === "" ? null : value.slice(0, max);
}

// Cells hold paragraphs only, as the stored body does: a heading or a list typed into a cell would
// otherwise be lost on saving.
const Cell = TableCell.extend({ content: "paragraph+" });
const Header = TableHeader.extend({ content: "paragraph+" });

function createVideo(options: BodyNodeOptions) {
  return Node.create({
    name: "video",
    group: "block",
    atom: true,
    selectable: true,
    draggable: true,

    addAttributes() {
      return {
        provider: {
          default: null,
          parseHTML: (element) => element.getAttribute("data-video-provider"),
          renderHTML: (attributes) => ({ "data-video-provider": attributes.provider }),
        },
        id: {
          default: null,
          parseHTML: (element) => element.getAttribute("data-video-id"),
          renderHTML: (attributes) => ({ "data-video-id": attributes.id }),
        },
        caption: {
          default: null,
          parseHTML: (element) => text(element, "data-video-caption", BODY_LIMITS.videoCaption),
          renderHTML: (attributes) => (attributes.caption ? { "data-video-caption": attributes.caption } : {}),
        },
      };
    },

    parseHTML() {
      // Only a pair the allow-list knows becomes a video; anything else claiming to be one is not taken in.
      return [
        {
          tag: "figure[data-video-provider]",
          // Before the image's figure rule, which would take any figure holding an <img>.
          priority: 60,
          getAttrs: (element) =>
            isVideoRef(element.getAttribute("data-video-provider"), element.getAttribute("data-video-id"))
              ? null
              : false,
        },
      ];
    },

    renderHTML({ node, HTMLAttributes }) {
      const provider = String(node.attrs.provider);
      const name = options.videoProviders?.[provider as VideoProvider] ?? provider;
      const stand = fill(options.videoPlaceholder ?? "▶ {provider} {id}", {
        provider: name,
        id: String(node.attrs.id),
      });
      const caption = typeof node.attrs.caption === "string" ? node.attrs.caption : "";
      // Never a frame in the editor: writing an article should not connect to the provider.
      const parts: DOMOutputSpec[] = [["div", { class: "video-stand-in" }, stand]];
      if (caption) parts.push(["figcaption", {}, caption]);
      return ["figure", mergeAttributes(HTMLAttributes, { class: "video-embed" }), ...parts];
    },
  });
}

export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "paragraph+",
  defining: true,

  addAttributes() {
    return {
      cite: {
        default: null,
        parseHTML: (element) => text(element, "data-cite", BODY_LIMITS.pullQuoteCite),
        renderHTML: (attributes) => (attributes.cite ? { "data-cite": attributes.cite } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: "figure[data-pull-quote]", contentElement: "blockquote", priority: 60 }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const cite = typeof node.attrs.cite === "string" ? node.attrs.cite : "";
    const quote: DOMOutputSpec = ["blockquote", 0];
    const attributes = mergeAttributes(HTMLAttributes, { "data-pull-quote": "", class: "pull-quote" });
    // The attribution is set in the panel, so it is shown but not editable in place.
    return cite
      ? ["figure", attributes, quote, ["figcaption", { contenteditable: "false" }, `— ${cite}`]]
      : ["figure", attributes, quote];
  },
});

export const FactBox = Node.create({
  name: "factBox",
  group: "block",
  content: "(paragraph | bulletList | orderedList)+",
  defining: true,

  addAttributes() {
    return {
      label: {
        default: null,
        parseHTML: (element) => text(element, "data-label", BODY_LIMITS.factBoxLabel),
        renderHTML: (attributes) => ({ "data-label": attributes.label ?? "" }),
      },
      title: {
        default: null,
        parseHTML: (element) => text(element, "data-title", BODY_LIMITS.factBoxTitle),
        renderHTML: (attributes) => (attributes.title ? { "data-title": attributes.title } : {}),
      },
    };
  },

  parseHTML() {
    // The header is drawn from the attributes; only the box's body is content.
    return [{ tag: "aside[data-fact-box]", contentElement: "div" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const label = typeof node.attrs.label === "string" ? node.attrs.label : "";
    const title = typeof node.attrs.title === "string" ? node.attrs.title : "";
    return [
      "aside",
      mergeAttributes(HTMLAttributes, { "data-fact-box": "", class: "fact-box" }),
      ["header", { contenteditable: "false" }, ["strong", {}, label], title ? ` ${title}` : ""],
      ["div", 0],
    ];
  },
});

export function createBodyNodes(options: BodyNodeOptions = {}): AnyExtension[] {
  return [
    // Column widths are layout, which the body does not store; resizing would only look like it works.
    Table.configure({ resizable: false, allowTableNodeSelection: true }),
    TableRow,
    Header,
    Cell,
    createVideo(options),
    PullQuote,
    FactBox,
  ];
}
