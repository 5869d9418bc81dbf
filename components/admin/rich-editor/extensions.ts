// The editor's schema: exactly the nodes and marks lib/newsroom/body.ts stores, under the names Tiptap 3
// gives them, so editor.getJSON() needs only attribute trimming (normalizeEditorJson) to become a body.
// Kept free of React so tests can build the same ProseMirror schema outside a browser.
import { Extension, mergeAttributes, type AnyExtension } from "@tiptap/core";
import { Image } from "@tiptap/extension-image";
import { StarterKit } from "@tiptap/starter-kit";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { CREDIT_LABEL, isSafeHref, isSafeImageSrc, photoCreditText } from "@/lib/newsroom/body";
import { createBodyNodes, type BodyNodeOptions } from "./body-nodes";

function positiveInt(value: string | null | undefined): number | null {
  const number = value ? Number.parseInt(value, 10) : NaN;
  return Number.isInteger(number) && number > 0 ? number : null;
}

// Pasted or copied images arrive either bare or as <figure><img><figcaption>, which is also how
// renderHTML below writes them, so copy-and-paste inside the editor keeps the caption.
function imageElement(element: HTMLElement): HTMLElement | null {
  return element.tagName === "FIGURE" ? element.querySelector("img") : element;
}

function safeSrc(element: HTMLElement): boolean {
  return isSafeImageSrc(imageElement(element)?.getAttribute("src")?.trim() ?? "");
}

function figureText(element: HTMLElement, part: "caption" | "credit"): string | null {
  const figcaption = element.tagName === "FIGURE" ? element.querySelector("figcaption") : null;
  if (!figcaption) return null;
  const creditElement = figcaption.querySelector(".credit");
  if (part === "credit") {
    // The editor keeps the bare name beside the label it shows; a page's figure has only "摄影 name".
    const kept = creditElement?.getAttribute("data-credit");
    if (kept) return kept;
    const credit = creditElement?.textContent?.trim() ?? "";
    return credit.replace(new RegExp(`^${CREDIT_LABEL}\\s*`), "") || null;
  }
  const caption = Array.from(figcaption.childNodes)
    .filter((child) => child !== creditElement)
    .map((child) => child.textContent ?? "")
    .join("")
    .trim();
  return caption || null;
}

/**
 * Tiptap's image, plus the caption, credit and media id a news photo carries, shown as a figure whose
 * credit reads `photoCredit` (the interface language's template, with {credit}).
 */
const bodyImage = (photoCredit: string | undefined) =>
  Image.extend({
    addAttributes() {
      // Replaces Image's attributes (no `title`: the body does not store one).
      return {
        src: { default: null, parseHTML: (element) => imageElement(element)?.getAttribute("src")?.trim() ?? null },
        alt: { default: null, parseHTML: (element) => imageElement(element)?.getAttribute("alt") ?? null },
        width: { default: null, parseHTML: (element) => positiveInt(imageElement(element)?.getAttribute("width")) },
        height: { default: null, parseHTML: (element) => positiveInt(imageElement(element)?.getAttribute("height")) },
        mediaId: {
          default: null,
          parseHTML: (element) => positiveInt(imageElement(element)?.getAttribute("data-media-id")),
          renderHTML: (attributes) => (attributes.mediaId ? { "data-media-id": String(attributes.mediaId) } : {}),
        },
        caption: { default: null, rendered: false, parseHTML: (element) => figureText(element, "caption") },
        credit: { default: null, rendered: false, parseHTML: (element) => figureText(element, "credit") },
      };
    },

    parseHTML() {
      // An image whose address could not be published is not taken in at all (file:///, data:, javascript:).
      const getAttrs = (element: HTMLElement) => (safeSrc(element) ? null : false);
      return [
        { tag: "figure", getAttrs },
        { tag: "img[src]", getAttrs },
      ];
    },

    renderHTML({ node, HTMLAttributes }) {
      const img: DOMOutputSpec = ["img", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)];
      const caption = typeof node.attrs.caption === "string" ? node.attrs.caption.trim() : "";
      const credit = typeof node.attrs.credit === "string" ? node.attrs.credit.trim() : "";
      if (!caption && !credit) return img;
      // Strings in a DOMOutputSpec become text nodes, so caption text is never parsed as HTML.
      const parts: (string | DOMOutputSpec)[] = [];
      if (caption) parts.push(caption);
      if (caption && credit) parts.push(" ");
      if (credit) {
        parts.push(["span", { class: "credit", "data-credit": credit }, photoCreditText(credit, photoCredit)]);
      }
      return ["figure", {}, img, ["figcaption", {}, ...parts]];
    },
  });

export interface EditorExtensionOptions extends BodyNodeOptions {
  /** Called on Mod-K, to open the link form. */
  onLinkShortcut?: () => void;
  /** How a figure credits its photographer, in the interface language ({credit}). */
  photoCredit?: string;
}

export function createEditorExtensions(options: EditorExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      // The page title is the h1; bodies use h2 and h3 only.
      heading: { levels: [2, 3] },
      // Not part of the stored body: offering them would let writers format text that is then lost.
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        enableClickSelection: true,
        autolink: true,
        defaultProtocol: "https",
        // The same rule the schema applies, so the editor never shows a link that saving would drop.
        isAllowedUri: (url) => isSafeHref(url.trim()),
        HTMLAttributes: { target: null, rel: "noopener noreferrer nofollow", class: null },
      },
    }),
    // Library images carry width and height (for the page's layout); scaled down to the editor's width,
    // they must keep their proportions rather than their height.
    bodyImage(options.photoCredit).configure({
      inline: false,
      allowBase64: false,
      HTMLAttributes: { class: "h-auto" },
    }),
    ...createBodyNodes(options),
    Extension.create({
      name: "linkShortcut",
      addKeyboardShortcuts() {
        return {
          "Mod-k": () => {
            if (!options.onLinkShortcut) return false;
            options.onLinkShortcut();
            return true;
          },
        };
      },
    }),
  ];
}
